/**
 * The seeded network's provenance, written like users would: customers declare supply links,
 * suppliers confirm them, the association verifies some, a few wait for their supplier;
 * products name their inputs; claims are filed and reviewed; meat products get their origin.
 * Idempotent like the rest of the seed; the English texts come with the translations step
 * (seed/translations.ts).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createClaimsWorkflow,
  createProductInputsWorkflow,
  createSupplyLinksWorkflow,
  reviewClaimWorkflow,
  transitionSupplyLinkWorkflow,
  upsertMeatOriginsWorkflow,
} from "@genussnetz/provenance/workflows"
import { CLAIMS, MEAT_SPECIES_BY_TEMPLATE } from "./data/claims"
import { PRODUCERS, type SeedProducer } from "./data/producers"
import { RECIPES, type RecipeInput } from "./data/recipes"
import { TOWNS } from "./data/towns"
import { monthStart, resolveSeedDate } from "./dates"
import type { Query } from "./query"
import { planProducts, type PlannedProduct } from "./plan"
import { unitHash } from "./unit-hash"

type PlannedLink = { key: string; supplier: string; customer: string; material: { de: string; en: string }; step: string }
type PlannedInput = { product: string; link: string; inputProduct: string | null; share: number | null }

const linkKey = (supplier: string, customer: string, material: string) => `${supplier}>${customer}>${material.toLowerCase()}`

function townDistance(a: SeedProducer, b: SeedProducer) {
  const ta = TOWNS[a.town]
  const tb = TOWNS[b.town]
  return Math.hypot(ta.latitude - tb.latitude, (ta.longitude - tb.longitude) * Math.cos((ta.latitude * Math.PI) / 180))
}

/** Supply links and product inputs for every planned product, from the recipes. */
export function planProvenance(planned: PlannedProduct[] = planProducts()) {
  const links = new Map<string, PlannedLink>()
  const inputs: PlannedInput[] = []
  const byHandle = new Map(PRODUCERS.map((p) => [p.handle, p]))

  // Would `supplier` → `customer` close a cycle among the links of this material?
  const closesCycle = (supplier: string, customer: string, material: string) => {
    const reach = new Set([customer])
    const queue = [customer]
    while (queue.length) {
      const current = queue.shift()!
      for (const link of links.values()) {
        if (link.supplier === current && link.material.de === material && !reach.has(link.customer)) {
          reach.add(link.customer)
          queue.push(link.customer)
        }
      }
    }
    return reach.has(supplier)
  }
  const nearest = (customer: SeedProducer, candidates: SeedProducer[], material: string) =>
    candidates
      .filter((c) => c.handle !== customer.handle && !closesCycle(c.handle, customer.handle, material))
      .sort((a, b) => townDistance(customer, a) - townDistance(customer, b) || a.handle.localeCompare(b.handle))[0]

  for (const product of planned) {
    const recipe = RECIPES[product.template.slug]
    if (!recipe) throw new Error(`No recipe for ${product.template.slug}`)
    for (const input of recipe) {
      const customer = product.producer
      let supplier: SeedProducer | undefined
      let inputProduct: PlannedProduct | undefined
      if ("product" in input) {
        const offers = planned.filter((p) => p.template.slug === input.product && p.producer.handle !== customer.handle)
        const chosen = nearest(customer, offers.map((o) => o.producer), input.material.de)
        inputProduct = offers.find((o) => o.producer.handle === chosen?.handle)
        supplier = chosen ?? nearest(customer, PRODUCERS.filter((p) => p.craft === input.fallbackCraft), input.material.de)
      } else {
        // A named partner, unless the product is the partner's own (then its nearest peer).
        supplier =
          input.producer && input.producer !== customer.handle
            ? byHandle.get(input.producer)
            : nearest(customer, PRODUCERS.filter((p) => p.craft === input.craft), input.material.de)
      }
      if (!supplier) throw new Error(`No supplier of ${input.material.de} for ${product.handle}`)
      const key = linkKey(supplier.handle, customer.handle, input.material.de)
      if (!links.has(key)) {
        links.set(key, { key, supplier: supplier.handle, customer: customer.handle, material: input.material, step: input.step })
      }
      inputs.push({ product: product.handle, link: key, inputProduct: inputProduct?.handle ?? null, share: input.share ?? null })
    }
  }
  const waiting = WAITING_LINKS.map((l) => ({ ...l, key: linkKey(l.supplier, l.customer, l.material.de) }))
  for (const link of waiting) {
    // A waiting link is a second source: one the plan already has would not be waiting.
    if (links.has(link.key)) throw new Error(`Waiting supply link ${link.key} is already planned`)
  }
  return { links: [...links.values()], inputs, waiting }
}

/** The network's supply links run since about three years before the seed. */
const LINKS_SINCE = monthStart(-35)

/**
 * Where a link a product's chain runs through ends up: confirmed by its supplier, over half of
 * them also verified by the association. None stays declared: the shop shows only checked
 * links, and every seeded product shows its whole chain (the ones waiting are WAITING_LINKS).
 */
export function targetStatus(key: string): "confirmed" | "verified" {
  return unitHash(`${key}:status`) < 0.55 ? "confirmed" : "verified"
}

/**
 * Links a customer declared that its supplier has not answered yet: a second source of
 * something it already buys, so no product names an input through them. The shop shows none
 * of them until the supplier confirms; the suppliers find them waiting for their word.
 */
export const WAITING_LINKS: Omit<PlannedLink, "key">[] = [
  { supplier: "roggenmuehle-hartung", customer: "baeckerei-schwarzmann", material: { de: "Roggenmehl", en: "Rye flour" }, step: "bake" },
  { supplier: "hof-dornhuber", customer: "talmuehle-wagenknecht", material: { de: "Roggen", en: "Rye" }, step: "mill" },
  { supplier: "schlachthof-rothenbach", customer: "metzgerei-wunder", material: { de: "Schweinefleisch", en: "Pork" }, step: "cut" },
  { supplier: "malzfabrik-eichner", customer: "brauerei-kellerhals", material: { de: "Rauchmalz", en: "Smoked malt" }, step: "brew" },
  { supplier: "talmuehle-wagenknecht", customer: "backhaus-wolfrum", material: { de: "Roggenmehl", en: "Rye flour" }, step: "bake" },
]

/** `today` is the day relative seed dates (claims' validity, links' start) are resolved against. */
export async function ensureProvenance(container: MedusaContainer, log: (message: string) => void = () => {}, today = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const planned = planProducts()
  const { links, inputs, waiting } = planProvenance(planned)
  const waitingKeys = new Set(waiting.map((l) => l.key))

  const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle"] })
  const producerId = new Map(producers.map((p) => [p.handle as string, p.id as string]))
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: planned.map((p) => p.handle) },
  })
  const productId = new Map(products.map((p) => [p.handle as string, p.id as string]))

  // Supply links: declared by the customer, confirmed by the supplier (unless waiting), some verified.
  const { data: existingLinks } = await query.graph({
    entity: "supply_link",
    fields: ["id", "material", "supplier.handle", "customer.handle"],
  })
  const linkId = new Map(existingLinks.map((l) => [linkKey(l.supplier.handle, l.customer.handle, l.material), l.id as string]))
  const newLinks = [...links, ...waiting].filter((l) => !linkId.has(l.key))
  if (newLinks.length) {
    const { result } = await createSupplyLinksWorkflow(container).run({
      input: {
        supply_links: newLinks.map((l) => ({
          supplier_id: producerId.get(l.supplier),
          customer_id: producerId.get(l.customer),
          material: l.material.de,
          step: l.step,
          since: resolveSeedDate(LINKS_SINCE, today),
        })),
      },
    })
    result.forEach((created, i) => linkId.set(newLinks[i].key, created.id))
    for (const link of newLinks) {
      if (waitingKeys.has(link.key)) continue
      const target = targetStatus(link.key)
      const id = linkId.get(link.key)!
      await transitionSupplyLinkWorkflow(container).run({
        input: { id, to: "confirmed", actor: { type: "producer", producer_id: producerId.get(link.supplier)! } },
      })
      if (target === "verified") {
        await transitionSupplyLinkWorkflow(container).run({ input: { id, to: "verified", actor: { type: "association" } } })
      }
    }
  }

  // Product inputs.
  const { data: existingInputs } = await query.graph({
    entity: "product_input",
    fields: ["product_id", "supply_link_id", "input_product_id"],
  })
  const inputKey = (product: string, link: string, input: string | null) => `${product}|${link}|${input ?? ""}`
  const haveInput = new Set(existingInputs.map((i) => inputKey(i.product_id, i.supply_link_id, i.input_product_id)))
  const newInputs = inputs
    .map((i) => ({
      product_id: productId.get(i.product)!,
      supply_link_id: linkId.get(i.link)!,
      input_product_id: i.inputProduct ? productId.get(i.inputProduct)! : null,
      share: i.share,
    }))
    .filter((i) => !haveInput.has(inputKey(i.product_id, i.supply_link_id, i.input_product_id)))
  if (newInputs.length) {
    await createProductInputsWorkflow(container).run({ input: { product_inputs: newInputs } })
  }

  // Claims, filed pending and then reviewed by the association.
  const { data: existingClaims } = await query.graph({ entity: "claim", fields: ["id", "type", "label", "producer_id"] })
  const claimKey = (producer: string, type: string, label: string) => `${producer}|${type}|${label}`
  const haveClaim = new Set(existingClaims.map((c) => claimKey(c.producer_id, c.type, c.label)))
  const newClaims = CLAIMS.filter((c) => !haveClaim.has(claimKey(producerId.get(c.producer)!, c.type, c.label.de)))
  if (newClaims.length) {
    const { result } = await createClaimsWorkflow(container).run({
      input: {
        claims: newClaims.map((c) => ({
          producer_id: producerId.get(c.producer),
          product_id: c.product ? productId.get(`${c.product}-${c.producer}`) : null,
          type: c.type,
          label: c.label.de,
          issuer: c.issuer,
          control_body_code: c.control_body_code ?? null,
          valid_from: resolveSeedDate(c.valid_from, today),
          valid_until: c.valid_until ? resolveSeedDate(c.valid_until, today) : null,
        })),
      },
    })
    for (const [i, claim] of newClaims.entries()) {
      if (claim.review !== "pending") {
        await reviewClaimWorkflow(container).run({ input: { id: result[i].id, status: claim.review } })
      }
    }
  }

  // Meat origin on every meat product.
  const { data: existingOrigins } = await query.graph({ entity: "meat_origin", fields: ["product_id"] })
  const haveOrigin = new Set(existingOrigins.map((o) => o.product_id as string))
  const newOrigins = planned
    .filter((p) => MEAT_SPECIES_BY_TEMPLATE[p.template.slug] && !haveOrigin.has(productId.get(p.handle)!))
    .map((p) => {
      const species = MEAT_SPECIES_BY_TEMPLATE[p.template.slug]
      const base = { product_id: productId.get(p.handle), species, reared_in: "Deutschland", slaughtered_in: "Deutschland" }
      return species === "beef"
        ? {
            ...base,
            born_in: "Deutschland",
            slaughterhouse_approval_number: `DE BY ${20000 + Math.floor(unitHash(p.handle) * 9000)} EG`,
            reference_number: `OFR-${p.producer.handle.slice(0, 8).toUpperCase()}-${String(Math.floor(unitHash(`${p.handle}:ref`) * 9000) + 1000)}`,
          }
        : base
    })
  if (newOrigins.length) {
    await upsertMeatOriginsWorkflow(container).run({ input: { meat_origins: newOrigins } })
  }

  log(
    `Provenance: ${links.length + waiting.length} supply links (${newLinks.length} new, ${waiting.length} waiting for their supplier), ${inputs.length} product inputs (${newInputs.length} new), ` +
      `${CLAIMS.length} claims (${newClaims.length} new), ${newOrigins.length} new meat origins.`
  )
  return { links: links.length + waiting.length, inputs: inputs.length, claims: CLAIMS.length }
}
