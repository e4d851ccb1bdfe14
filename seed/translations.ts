/**
 * The English texts of everything the seed writes in German, in Medusa's Translation Module
 * (German lives on the entities). Run after the other steps, it adds every translation that is
 * missing — for records created in this run, and for any created earlier without one.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { BUNDLES } from "./data/bundles"
import { CATEGORIES } from "./data/catalog"
import { CLAIMS } from "./data/claims"
import { PRODUCERS } from "./data/producers"
import { planProducts } from "./plan"
import { planProvenance } from "./provenance"
import { producerTexts } from "./producers"
import type { Query } from "./query"
import { addEnglish, ENGLISH } from "./translate"

type Entry = { reference: string; reference_id: string; translations: Record<string, string> }

export async function ensureTranslations(container: MedusaContainer, query: Query) {
  const { data: existing } = await query.graph({ entity: "translation", fields: ["reference_id"], filters: { locale_code: ENGLISH } })
  const translated = new Set(existing.map((t) => t.reference_id as string))
  const entries: Entry[] = []
  // Once per record: Medusa may share one product option (its title and values) among products,
  // as it does for the Genusspakete' "Inhalt: Paket".
  const add = (reference: string, reference_id: string, translations: Record<string, string>) => {
    if (translated.has(reference_id)) return
    translated.add(reference_id)
    entries.push({ reference, reference_id, translations })
  }

  const { data: categories } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: Object.values(CATEGORIES).map((c) => c.handle) },
  })
  for (const category of categories) {
    add("product_category", category.id, { name: Object.values(CATEGORIES).find((c) => c.handle === category.handle)!.name.en })
  }

  const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle"], filters: { handle: PRODUCERS.map((p) => p.handle) } })
  for (const producer of producers) {
    add("producer", producer.id, producerTexts(PRODUCERS.find((p) => p.handle === producer.handle)!).en)
  }

  const planned = new Map(planProducts().map((p) => [p.handle, p]))
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.title", "options.id", "options.values.id", "options.values.value"],
    filters: { handle: [...planned.keys()] },
  })
  for (const product of products) {
    const { template, producer } = planned.get(product.handle)!
    const byGerman = new Map(template.variants.map((v) => [v.label.de, v.label.en]))
    add("product", product.id, { title: template.title.en, subtitle: producer.name, description: template.description.en })
    for (const variant of product.variants ?? []) {
      add("product_variant", variant.id, { title: byGerman.get(variant.title) ?? variant.title })
    }
    for (const option of product.options ?? []) {
      add("product_option", option.id, { title: template.option.en })
      for (const value of option.values ?? []) {
        add("product_option_value", value.id, { value: byGerman.get(value.value) ?? value.value })
      }
    }
  }

  const { data: bundles } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "options.id", "options.values.id"],
    filters: { handle: BUNDLES.map((bundle) => bundle.handle) },
  })
  for (const product of bundles) {
    const bundle = BUNDLES.find((candidate) => candidate.handle === product.handle)!
    add("product", product.id, { title: bundle.title.en, description: bundle.description.en })
    for (const variant of product.variants ?? []) add("product_variant", variant.id, { title: "Box" })
    for (const option of product.options ?? []) {
      add("product_option", option.id, { title: "Contents" })
      for (const value of option.values ?? []) add("product_option_value", value.id, { value: "Box" })
    }
  }

  // Supply links and claims the seed wrote: links by the seed's plan (supplier, customer, German
  // material), claims by their German label between the seed's own producers. A link two seeded
  // producers made themselves (in the portal, on the cooperation board) keeps the words it was given.
  const seedProducers = new Set(producers.map((producer: { id: string }) => producer.id))
  const handleOf = new Map(producers.map((producer: { id: string; handle: string }) => [producer.id, producer.handle]))
  const { links: plannedLinks, waiting } = planProvenance()
  const english = new Map([...plannedLinks, ...waiting].map((link) => [`${link.supplier}>${link.customer}>${link.material.de}`, link.material.en]))
  const { data: links } = await query.graph({ entity: "supply_link", fields: ["id", "material", "supplier_id", "customer_id"] })
  for (const link of links) {
    const material = english.get(`${handleOf.get(link.supplier_id)}>${handleOf.get(link.customer_id)}>${link.material}`)
    if (material) add("supply_link", link.id, { material })
  }
  const labels = new Map(CLAIMS.map((claim) => [claim.label.de, claim.label.en]))
  const { data: claims } = await query.graph({ entity: "claim", fields: ["id", "label", "producer_id"] })
  for (const claim of claims) {
    const english = labels.get(claim.label)
    if (english && seedProducers.has(claim.producer_id)) add("claim", claim.id, { label: english })
  }

  // In slices: one workflow run per few hundred translations.
  for (let start = 0; start < entries.length; start += 500) {
    await addEnglish(container, entries.slice(start, start + 500))
  }
  return entries.length
}
