import { search } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "../service"

/**
 * Against a real Meilisearch (v1.10 or later), when one is configured (MEILISEARCH_HOST,
 * MEILISEARCH_API_KEY). No Meilisearch can be installed on the project's CI machines, so
 * there this suite is reported as skipped — it is not counted as coverage; what runs there is
 * ./request-contract.spec.ts (the requests, against a Meilisearch-shaped server) and the
 * translation tests.
 */
const host = process.env.MEILISEARCH_HOST

if (!host) {
  console.warn("[search] MEILISEARCH_HOST is not set: the Meilisearch provider's live suite did NOT run")
}

describe.runIf(!!host)("Meilisearch provider against a real Meilisearch", () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as any
  /** The association's synonym list, as its table would answer. */
  const manager = { execute: async () => [{ terms: ["Semmel", "Weckla"] }] }
  const provider = new MeilisearchSearchService(
    { logger, manager },
    { host: host!, api_key: process.env.MEILISEARCH_API_KEY, index_prefix: "genussnetz_test_" }
  )
  const physical = `product_${Date.now()}`
  const fields = search
    .define({
      id: search.keyword().filterable(),
      title: search.text().searchable({ weight: 3 }).sortable(),
      title_en: search.text().searchable({ weight: 3 }),
      description: search.text().searchable(),
      producer_town: search.keyword().filterable().facetable(),
      producer_latitude: search.float().filterable(),
      producer_longitude: search.float().filterable(),
      price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
      in_stock: search.boolean().filterable(),
      created_at: search.date().filterable().sortable(),
    })
    .toFields()
  const index = { name: "product", entity: "product", physical_name: physical, primary_key: "id", provider: "meilisearch", fields, settings: {}, definition_hash: "test", seed: async function* () {} } as any
  const bamberg = { producer_latitude: 49.8917, producer_longitude: 10.8868 }
  const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id)
  const find = (q: string, extra: Record<string, any> = {}) =>
    provider.search({ index, q, attributes_to_retrieve: ["id"], ...extra, search_options: { count: "exact", typo_tolerance: true, ...extra.search_options } })

  afterAll(async () => {
    await provider.deleteIndex({ index: physical })
  })

  it("creates the index, writes documents, and filters, sorts and facets them", async () => {
    expect((await provider.upsertIndex({ index })).status).toBe("succeeded")
    const documents = [
      { id: "p1", title: "Bauernbrot", producer_town: "Bayreuth", price: 5.3, in_stock: true, created_at: "2026-01-01T00:00:00Z" },
      { id: "p2", title: "Rauchbier", title_en: "Smoked beer", producer_town: "Bamberg", price: 1.6, in_stock: true, created_at: "2026-02-01T00:00:00Z", ...bamberg },
      { id: "p3", title: "Kellerbier", producer_town: "Bamberg", price: 1.4, in_stock: false, created_at: "2026-03-01T00:00:00Z", ...bamberg },
      { id: "p4", title: "Frischkäse natur", description: "Vom Hof", producer_town: "Hof", price: 2.9, in_stock: true, created_at: "2026-03-02T00:00:00Z" },
      { id: "p5", title: "Bierbrand", producer_town: "Hof", price: 19.9, in_stock: true, created_at: "2026-03-03T00:00:00Z" },
      { id: "p6", title: "Brotzeitteller", description: "Mit einem Bier aus Bamberg", producer_town: "Hof", price: 9.5, in_stock: true, created_at: "2026-03-04T00:00:00Z" },
      { id: "p7", title: "Kümmelweckla", producer_town: "Bayreuth", price: 0.6, in_stock: true, created_at: "2026-03-05T00:00:00Z" },
      { id: "p8", title: "Hefeweißbier", producer_town: "Bamberg", price: 1.7, in_stock: true, created_at: "2026-03-06T00:00:00Z", ...bamberg },
    ]
    expect((await provider.upsertDocuments({ index: physical, definition: index, documents })).status).toBe("succeeded")

    const result = await provider.search({
      index,
      attributes_to_retrieve: ["id", "price"],
      filters: { producer_town: "Bamberg", price: { $lte: 1.65 } },
      pagination: { skip: 0, take: 10, order: { price: "ASC" } },
      search_options: { facets: ["producer_town", { field: "price", type: "stats" }], count: "exact" },
    })
    expect(ids(result)).toEqual(["p3", "p2"])
    expect(result.metadata.count).toBe(2)
    expect(result.facets?.price).toMatchObject({ type: "stats", min: 1.4, max: 1.6 })

    const recent = await provider.search({ index, attributes_to_retrieve: ["id"], filters: { created_at: { $gte: "2026-03-02T12:00:00Z" } } })
    expect(ids(recent).sort()).toEqual(["p5", "p6", "p7", "p8"])
  })

  it("finds German food words: compounds ranked by where the word is, folded spellings, synonyms, typos", async () => {
    // Beer in a title (as a head or a modifier of a compound) before a mention in a description.
    // Heads rank above modifiers through the hidden attributes; Meilisearch's own German
    // segmentation of `deu` fields (after v1.10) may put both in the title itself, so the
    // order among the four is not asserted here.
    const beer = ids(await find("Bier"))
    expect(beer.slice(0, 4).sort()).toEqual(["p2", "p3", "p5", "p8"])
    expect(beer[4]).toBe("p6")
    expect(ids(await find("Kaese"))).toEqual(["p4"])
    expect(ids(await find("Weissbier"))).toEqual(["p8"])
    expect(ids(await find("Semmel"))).toEqual(["p7"])
    expect(ids(await find("Rauchbir"))).toEqual(["p2"])
    expect(ids(await find("Rauchbir", { search_options: { typo_tolerance: false } }))).toEqual([])
    expect(ids(await find("Kellerb", { search_options: { match_strategy: "last" } }))).toEqual(["p3"])
    expect(ids(await find("smoked"))).toEqual(["p2"])
  })

  it("hides its own attributes from hits and keeps `_geo` for Meilisearch's geo filter", async () => {
    const [hit] = (await provider.search({ index, q: "Rauchbier", attributes_to_retrieve: [] })).hits
    expect(Object.keys(hit.document).filter((key) => key.startsWith("_"))).toEqual([])
    const client = await provider["client"]()
    const near = await client.index(`genussnetz_test_${physical}`).search("", { filter: "_geoRadius(49.89, 10.88, 5000)", limit: 20 })
    expect(near.hits.map((h) => h.id).sort()).toEqual(["p2", "p3", "p8"])
  })

  it("deletes by id and keeps the rest", async () => {
    await provider.deleteDocuments({ index: physical, filters: { id: ["p1"] } })
    const rest = await provider.search({ index, attributes_to_retrieve: ["id"], search_options: { count: "exact" } })
    expect(rest.metadata.count).toBe(7)
  })
})
