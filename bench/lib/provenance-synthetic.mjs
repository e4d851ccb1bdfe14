// The synthetic provenance network the provenance and resilience benches measure on: 10k
// producers, 100k supply links and 50k products written straight into the provenance tables of
// a database of their own (bulk inserts, not workflows): a measuring fixture, not data anyone
// sees. Its producers sit in six tiers (farms … inns) and supply only higher tiers, so it is
// acyclic and chains reach six steps, like the real network's farm → mill → bakery → inn.

/** mulberry32: a small seeded generator, so every run builds the same network. */
export function random(seed) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function insert(client, table, columns, types, rows) {
  const BATCH = 5000
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH)
    const arrays = columns.map((_, c) => batch.map((row) => row[c]))
    const params = types.map((type, c) => `$${c + 1}::${type}[]`).join(", ")
    await client.query(`INSERT INTO ${table} (${columns.join(", ")}) SELECT * FROM unnest(${params})`, arrays)
  }
}

/** Writes the synthetic network; returns its sizes, the ids of products in the two deepest tiers and every product's maker. */
export async function generateSynthetic(client, { producers = 10_000, links = 100_000, products = 50_000 } = {}) {
  const rand = random(20261125)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const TIERS = [
    { share: 0.35, crafts: ["farm"], step: "grow" },
    { share: 0.2, crafts: ["mill", "maltster", "slaughterhouse"], step: "mill" },
    { share: 0.18, crafts: ["bakery", "butchery", "brewery", "dairy"], step: "bake" },
    { share: 0.13, crafts: ["distillery", "restaurant"], step: "cook" },
    { share: 0.08, crafts: ["restaurant"], step: "cook" },
    { share: 0.06, crafts: ["restaurant"], step: "preserve" },
  ]
  const producerRows = []
  const tierOf = []
  const byTier = TIERS.map(() => [])
  for (let i = 0; i < producers; i++) {
    let r = rand()
    let tier = 0
    while (tier < TIERS.length - 1 && r > TIERS[tier].share) r -= TIERS[tier++].share
    const id = `spdcr_${i}`
    tierOf.push(tier)
    byTier[tier].push(i)
    producerRows.push([id, `synthetic-${i}`, `Synthetischer Betrieb ${i}`, pick(TIERS[tier].crafts), "Story", `Ort ${i % 400}`, "Landkreis", 49.6 + rand() * 0.9, 10.7 + rand() * 1.5])
  }
  await insert(client, "producer", ["id", "handle", "name", "craft", "story", "town", "district", "latitude", "longitude"],
    ["text", "text", "text", "text", "text", "text", "text", "real", "real"], producerRows)

  const productsOf = Array.from({ length: producers }, () => [])
  for (let i = 0; i < products; i++) productsOf[Math.floor(rand() * producers)].push(`sprod_${i}`)

  const linkRows = []
  const linksInto = Array.from({ length: producers }, () => [])
  const seen = new Set()
  while (linkRows.length < links) {
    const customerTier = 1 + Math.floor(rand() * (TIERS.length - 1))
    const customer = pick(byTier[customerTier])
    // Mostly from the tier just below, sometimes from further down.
    const supplierTier = rand() < 0.75 ? customerTier - 1 : Math.floor(rand() * customerTier)
    const supplier = pick(byTier[supplierTier])
    const material = `Material ${Math.floor(rand() * 40)}`
    const key = `${supplier}>${customer}>${material}`
    if (seen.has(key)) continue
    seen.add(key)
    const id = `sslink_${linkRows.length}`
    const status = pick(["declared", "confirmed", "confirmed", "verified", "verified", "verified"])
    linkRows.push([id, `spdcr_${supplier}`, `spdcr_${customer}`, material, TIERS[customerTier].step, status])
    linksInto[customer].push({ id, supplier })
  }
  await insert(client, "supply_link", ["id", "supplier_id", "customer_id", "material", "step", "status"],
    ["text", "text", "text", "text", "text", "text"], linkRows)

  const inputRows = []
  for (let p = 0; p < producers; p++) {
    if (!linksInto[p].length) continue
    for (const product of productsOf[p]) {
      const count = 1 + Math.floor(rand() * 3)
      const used = new Set()
      for (let k = 0; k < count; k++) {
        const link = pick(linksInto[p])
        const candidates = productsOf[link.supplier]
        const input = candidates.length && rand() < 0.8 ? pick(candidates) : null
        const key = `${link.id}|${input}`
        if (used.has(key)) continue
        used.add(key)
        inputRows.push([`spinput_${inputRows.length}`, product, input, link.id, null])
      }
    }
  }
  await insert(client, "product_input", ["id", "product_id", "input_product_id", "supply_link_id", "share"],
    ["text", "text", "text", "text", "real"], inputRows)
  await client.query("ANALYZE producer; ANALYZE supply_link; ANALYZE product_input;")

  const deep = []
  for (let p = 0; p < producers; p++) if (tierOf[p] >= TIERS.length - 2) deep.push(...productsOf[p])
  // Each product's maker, for the questions asked of the whole network (the products are not Medusa's here).
  const makers = productsOf.flatMap((list, producer) => list.map((id) => ({ id, producer_id: `spdcr_${producer}` })))
  return { producers: producerRows.length, supply_links: linkRows.length, products, product_inputs: inputRows.length, deep, makers }
}

