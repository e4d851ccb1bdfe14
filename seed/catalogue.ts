/**
 * The catalogue: categories, and each producer's products (seed/plan.ts) with pictures,
 * variants, prices, stock and season tags. A product is created together with the link to its
 * producer (Medusa's createProductsWorkflow, `additional_data.producer_id`, linked by the
 * provenance plugin's productsCreated hook), so no product exists without its producer.
 * Existing products missing their producer or their stock are repaired.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATEGORIES, PRODUCT_TYPES, type CategoryKey } from "./data/catalog"
import { TOWNS } from "./data/towns"
import { CHILLED_CATEGORIES, type ProducerFulfilment } from "./fulfilment"
import { productImageSvg, productLabelSvg } from "./images"
import { planProducts, type PlannedProduct } from "./plan"
import type { Query } from "./query"
import { ensureProductSeasons, ensureSeasonTags, seasonTagIds } from "./seasons"
import type { StoreSetup } from "./store"
import { unitHash } from "./unit-hash"

export async function ensureCategories(container: MedusaContainer, query: Query) {
  const handles = Object.values(CATEGORIES).map((c) => c.handle)
  const { data: existing } = await query.graph({ entity: "product_category", fields: ["id", "handle"], filters: { handle: handles } })
  const missing = (Object.keys(CATEGORIES) as CategoryKey[]).filter(
    (key) => !existing.some((c) => c.handle === CATEGORIES[key].handle)
  )
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((key) => ({
          name: CATEGORIES[key].name.de,
          handle: CATEGORIES[key].handle,
          is_active: true,
        })),
      },
    })
    existing.push(...result)
  }
  return Object.fromEntries(
    (Object.keys(CATEGORIES) as CategoryKey[]).map((key) => [key, existing.find((c) => c.handle === CATEGORIES[key].handle)!.id])
  ) as Record<CategoryKey, string>
}

/** Prices vary a little between producers, as they do at a market. */
function priceFor(handle: string, base: number) {
  return Math.round(base * (0.92 + unitHash(handle) * 0.2) * 10) / 10
}

/** What a product starts with in stock: nothing for the few sold out, else 5–99 per variant. */
const stockFor = (planned: PlannedProduct, variantTitle: string) =>
  planned.soldOut ? 0 : 5 + Math.floor(unitHash(`${planned.handle}:${variantTitle}:stock`) * 95)

type CatalogueContext = StoreSetup & {
  producerIds: Map<string, string>
  /** Each producer's stock location and shipping profile, by producer handle. */
  fulfilment: Map<string, ProducerFulfilment>
  categoryIds: Record<CategoryKey, string>
  seasonTags: Map<number, string>
}

/** One producer's missing products, created in one workflow run that also links them to it. */
async function createProductsOf(container: MedusaContainer, producerId: string, batch: PlannedProduct[], context: CatalogueContext) {
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      // Two pictures per product: the product, then its label (who made it, where).
      files: batch.flatMap(({ handle, template, producer }) => [
        {
          filename: `${handle}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(productImageSvg(template.title.de, template.category)).toString("base64"),
          access: "public" as const,
        },
        {
          filename: `${handle}-etikett.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(
            productLabelSvg(template.title.de, template.category, producer.name, TOWNS[producer.town].name)
          ).toString("base64"),
          access: "public" as const,
        },
      ]),
    },
  })
  await createProductsWorkflow(container).run({
    input: {
      products: batch.map((planned, i) => {
        const { handle, producer, template } = planned
        return {
          title: template.title.de,
          subtitle: producer.name,
          handle,
          description: template.description.de,
          status: ProductStatus.PUBLISHED,
          type_id: context.typeIds[template.type as keyof typeof PRODUCT_TYPES],
          category_ids: [context.categoryIds[template.category]],
          tag_ids: seasonTagIds(planned, context.seasonTags),
          shipping_profile_id: context.fulfilment.get(producer.handle)!.shippingProfileId,
          metadata: CHILLED_CATEGORIES.has(template.category) ? { chilled: true } : undefined,
          thumbnail: files[2 * i].url,
          images: [{ url: files[2 * i].url }, { url: files[2 * i + 1].url }],
          weight: template.variants[0].net.unit === "piece" ? undefined : template.variants[0].net.quantity,
          options: [{ title: template.option.de, values: template.variants.map((v) => v.label.de) }],
          variants: template.variants.map((variant) => ({
            title: variant.label.de,
            sku: `${handle}-${variant.net.quantity}${variant.net.unit}`.toUpperCase(),
            manage_inventory: true,
            options: { [template.option.de]: variant.label.de },
            prices: [{ amount: priceFor(`${handle}:${variant.label.de}`, variant.price), currency_code: "eur" }],
            metadata: { net_quantity: variant.net.quantity, net_unit: variant.net.unit },
          })),
          sales_channels: [{ id: context.salesChannelId }],
        }
      }),
      additional_data: { producer_id: producerId },
    },
  })
}

/** Products that lost (or never had) their producer link get it back. */
async function repairProducerLinks(container: MedusaContainer, products: any[], planned: Map<string, PlannedProduct>, context: CatalogueContext) {
  const unlinked = products.filter((product) => !product.producer)
  if (unlinked.length) {
    await createLinksWorkflow(container).run({
      input: unlinked.map((product) => ({
        producer: { producer_id: context.producerIds.get(planned.get(product.handle)!.producer.handle)! },
        product: { product_id: product.id },
      })),
    })
  }
  return unlinked.length
}

/**
 * Every variant's inventory item has a stock level: new products get theirs at their producer's
 * stock location, existing ones that lost all of theirs get it back there. Items stocked
 * somewhere already are left where they are (a database from before delivery per producer keeps
 * its stock at the regional location). Answers how many were repaired.
 */
async function ensureStock(
  container: MedusaContainer,
  products: any[],
  planned: Map<string, PlannedProduct>,
  context: CatalogueContext,
  existedBefore: Set<string>
) {
  const levels = products.flatMap((product) => {
    const locationId = context.fulfilment.get(planned.get(product.handle)!.producer.handle)!.locationId
    return (product.variants ?? []).flatMap((variant: any) =>
      (variant.inventory_items ?? [])
        .filter((item: any) => !(item.inventory?.location_levels ?? []).length)
        .map((item: any) => ({
          location_id: locationId,
          inventory_item_id: item.inventory_item_id,
          stocked_quantity: stockFor(planned.get(product.handle)!, variant.title),
          handle: product.handle as string,
        }))
    )
  })
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels.map(({ handle, ...level }) => level) } })
  }
  return levels.filter((level) => existedBefore.has(level.handle)).length
}

export async function ensureCatalogue(
  container: MedusaContainer,
  query: Query,
  setup: StoreSetup & { producerIds: Map<string, string>; fulfilment: Map<string, ProducerFulfilment> },
  log: (message: string) => void
) {
  const categoryIds = await ensureCategories(container, query)
  const seasonTags = await ensureSeasonTags(container, query)
  const context: CatalogueContext = { ...setup, categoryIds, seasonTags }

  const planned = planProducts()
  const byHandle = new Map(planned.map((p) => [p.handle, p]))
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: planned.map((p) => p.handle) },
  })
  const existingHandles = new Set(existing.map((p) => p.handle as string))
  const missing = planned.filter((p) => !existingHandles.has(p.handle))
  // One workflow run per producer: the hook links every product of a run to one producer.
  const missingByProducer = new Map<string, PlannedProduct[]>()
  for (const p of missing) missingByProducer.set(p.producer.handle, [...(missingByProducer.get(p.producer.handle) ?? []), p])
  let done = 0
  for (const [producerHandle, batch] of missingByProducer) {
    await createProductsOf(container, context.producerIds.get(producerHandle)!, batch, context)
    done += batch.length
    if (done % 30 < batch.length || done === missing.length) log(`  products ${done}/${missing.length}`)
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "producer.id",
      "variants.title",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.location_id",
    ],
    filters: { handle: planned.map((p) => p.handle) },
  })
  const relinked = await repairProducerLinks(container, products, byHandle, context)
  const restocked = await ensureStock(container, products, byHandle, context, existingHandles)
  const retagged = await ensureProductSeasons(container, query, planned, seasonTags)
  if (relinked || restocked || retagged) {
    log(`  repaired: ${relinked} producer links, ${restocked} stock levels, ${retagged} season tags`)
  }
  return { created: missing.length, total: planned.length, repaired: { producerLinks: relinked, stockLevels: restocked, seasonTags: retagged } }
}
