/**
 * Seeds the invented Oberfranken network through Medusa's workflows and ours, idempotently:
 * every record is looked up by its natural key (name, handle, code) and created only when
 * missing, so running it again changes nothing.
 *
 *   cd backend && npx medusa exec ../seed/index.ts
 *
 * Prints `genussnetz:publishable-key=<token>` for scripts/up.mjs to hand to the storefront.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createProducersWorkflow } from "@genussnetz/provenance/workflows"
import {
  CATEGORIES,
  PRODUCT_TYPES,
  STORY_BY_CRAFT,
  TAGLINE_BY_CRAFT,
  type CategoryKey,
} from "./data/catalog"
import { PRODUCERS, type SeedProducer } from "./data/producers"
import { planProducts } from "./plan"
import { ensureProductSeasons, ensureSeasonTags, seasonTagIds } from "./seasons"
import { ensureProvenance } from "./provenance"
import { addEnglish, ENGLISH } from "./translate"
import { unitHash } from "./unit-hash"
import { TOWNS } from "./data/towns"
import { productImageSvg, productLabelSvg } from "./images"

export const SEED_NAMES = {
  store: "genussnetz Oberfranken",
  salesChannel: "genussnetz Marktplatz",
  region: "Deutschland",
  stockLocation: "Regionallager Oberfranken",
  fulfillmentSet: "Versand aus Oberfranken",
  shippingOption: "Standardversand (2–3 Werktage)",
  publishableKey: "genussnetz Storefront",
} as const

export const LOCALES = { de: "de-DE", en: ENGLISH } as const
const PUBLISHABLE_KEY_MARKER = "genussnetz:publishable-key="

/** Medusa's Query as the seed uses it (graph reads only). */
export type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]))

async function findOne(query: Query, entity: string, filters: Record<string, unknown>, fields = ["id"]) {
  const { data } = await query.graph({ entity, fields, filters })
  return data[0] as any
}

async function ensureSalesChannel(container: MedusaContainer, query: Query) {
  const existing = await findOne(query, "sales_channel", { name: SEED_NAMES.salesChannel })
  if (existing) return existing.id as string
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SEED_NAMES.salesChannel, description: "Der Marktplatz der Genussregion" }] },
  })
  return result[0].id
}

async function ensureStore(container: MedusaContainer, query: Query, salesChannelId: string, regionId: string) {
  const store = await findOne(query, "store", {}, [
    "id",
    "name",
    "default_sales_channel_id",
    "default_region_id",
    "supported_currencies.currency_code",
    "supported_currencies.is_tax_inclusive",
    "supported_locales.locale_code",
  ])
  const locales = (store.supported_locales ?? []).map((l: { locale_code: string }) => l.locale_code).sort()
  const upToDate =
    store.name === SEED_NAMES.store &&
    store.default_sales_channel_id === salesChannelId &&
    store.default_region_id === regionId &&
    store.supported_currencies?.length === 1 &&
    store.supported_currencies[0].currency_code === "eur" &&
    store.supported_currencies[0].is_tax_inclusive === true &&
    locales.join() === [LOCALES.de, LOCALES.en].sort().join()
  if (upToDate) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: SEED_NAMES.store,
        // German consumer prices include VAT.
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
        supported_locales: [{ locale_code: LOCALES.de }, { locale_code: LOCALES.en }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
      },
    },
  })
}

async function ensureRegion(container: MedusaContainer, query: Query) {
  const existing = await findOne(query, "region", { name: SEED_NAMES.region })
  if (existing) return existing.id as string
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: SEED_NAMES.region,
          currency_code: "eur",
          countries: ["de"],
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
          // German consumer prices include VAT.
          is_tax_inclusive: true,
        },
      ],
    },
  })
  return result[0].id
}

async function ensureProductTypes(container: MedusaContainer, query: Query) {
  const ids = {} as Record<keyof typeof PRODUCT_TYPES, string>
  for (const [key, type] of Object.entries(PRODUCT_TYPES) as [keyof typeof PRODUCT_TYPES, (typeof PRODUCT_TYPES)[keyof typeof PRODUCT_TYPES]][]) {
    const existing = await findOne(query, "product_type", { value: type.value })
    if (existing) {
      ids[key] = existing.id
      continue
    }
    const { result } = await createProductTypesWorkflow(container).run({
      input: { product_types: [{ value: type.value }] },
    })
    ids[key] = result[0].id
  }
  return ids
}

async function ensureTaxes(container: MedusaContainer, query: Query, typeIds: Record<keyof typeof PRODUCT_TYPES, string>) {
  let taxRegion = await findOne(query, "tax_region", { country_code: "de", parent_id: null })
  if (!taxRegion) {
    const { result } = await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "de",
          provider_id: "tp_system",
          default_tax_rate: { name: "Ermäßigter Satz (Lebensmittel)", code: "DE-7", rate: PRODUCT_TYPES.food.vat },
        },
      ],
    })
    taxRegion = result[0]
  }
  const standard = await findOne(query, "tax_rate", { code: "DE-19", tax_region_id: taxRegion.id })
  if (!standard) {
    await createTaxRatesWorkflow(container).run({
      input: [
        {
          tax_region_id: taxRegion.id,
          name: "Regelsatz (alkoholische Getränke)",
          code: "DE-19",
          rate: PRODUCT_TYPES.drink.vat,
          rules: [{ reference: "product_type", reference_id: typeIds.drink }],
        },
      ],
    })
  }
}

async function ensureFulfillment(container: MedusaContainer, query: Query, salesChannelId: string, regionId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  let location = await findOne(query, "stock_location", { name: SEED_NAMES.stockLocation }, [
    "id",
    "fulfillment_sets.id",
    "fulfillment_sets.name",
    "fulfillment_sets.service_zones.id",
    "sales_channels.id",
  ])
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: SEED_NAMES.stockLocation,
            address: { address_1: "Am Kranen 1", city: "Bamberg", postal_code: "96047", country_code: "de" },
          },
        ],
      },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: result[0].id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    location = { id: result[0].id, fulfillment_sets: [], sales_channels: [] }
  }
  if (!location.sales_channels?.some((c: { id: string }) => c.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
  }

  let shippingProfile = await findOne(query, "shipping_profile", { type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Standard", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  let fulfillmentSet = location.fulfillment_sets?.find((s: { name: string }) => s.name === SEED_NAMES.fulfillmentSet)
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: SEED_NAMES.fulfillmentSet, type: "shipping" } },
    })
    fulfillmentSet = await findOne(query, "fulfillment_set", { name: SEED_NAMES.fulfillmentSet }, ["id", "service_zones.id"])
  }
  let serviceZoneId = fulfillmentSet.service_zones?.[0]?.id as string | undefined
  if (!serviceZoneId) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [{ name: "Deutschland", fulfillment_set_id: fulfillmentSet.id, geo_zones: [{ type: "country", country_code: "de" }] }],
      },
    })
    serviceZoneId = result[0].id
  }

  const option = await findOne(query, "shipping_option", { name: SEED_NAMES.shippingOption })
  if (!option) {
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: SEED_NAMES.shippingOption,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfile.id,
          type: { label: "Standard", description: "Gekühlter Versand in 2–3 Werktagen", code: "standard" },
          prices: [
            { currency_code: "eur", amount: 5.9 },
            { region_id: regionId, amount: 5.9 },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  }
  return { locationId: location.id as string, shippingProfileId: shippingProfile.id as string }
}

async function ensurePublishableKey(container: MedusaContainer, query: Query, salesChannelId: string) {
  let key = await findOne(query, "api_key", { title: SEED_NAMES.publishableKey, type: "publishable" }, ["id", "token"])
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: SEED_NAMES.publishableKey, type: "publishable", created_by: "" }] },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  return key.token as string
}

async function ensureCategories(container: MedusaContainer, query: Query) {
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
    await addEnglish(
      container,
      result.map((category) => ({
        reference: "product_category",
        reference_id: category.id,
        translations: { name: missing.map((k) => CATEGORIES[k]).find((c) => c.handle === category.handle)!.name.en },
      }))
    )
    existing.push(...result)
  }
  return Object.fromEntries(
    (Object.keys(CATEGORIES) as CategoryKey[]).map((key) => [key, existing.find((c) => c.handle === CATEGORIES[key].handle)!.id])
  ) as Record<CategoryKey, string>
}

function producerTexts(producer: SeedProducer) {
  const town = TOWNS[producer.town]
  const values = { family: producer.family, since: producer.since, town: town.name }
  return {
    de: {
      tagline: `${TAGLINE_BY_CRAFT[producer.craft].de} in ${town.name}`,
      story: `${fill(STORY_BY_CRAFT[producer.craft].de, values)} ${producer.special.de}`,
    },
    en: {
      tagline: `${TAGLINE_BY_CRAFT[producer.craft].en} in ${town.name}`,
      story: `${fill(STORY_BY_CRAFT[producer.craft].en, values)} ${producer.special.en}`,
    },
  }
}

/** A producer's site lies a little outside its town's centre, the same spot on every seed. */
function producerLocation(producer: SeedProducer) {
  const town = TOWNS[producer.town]
  const angle = unitHash(`${producer.handle}:angle`) * 2 * Math.PI
  const km = 0.4 + unitHash(`${producer.handle}:distance`) * 2.5
  return {
    latitude: Number((town.latitude + (km / 111.2) * Math.sin(angle)).toFixed(5)),
    longitude: Number((town.longitude + (km / (111.2 * Math.cos((town.latitude * Math.PI) / 180))) * Math.cos(angle)).toFixed(5)),
  }
}

const WEEKDAYS = [1, 2, 3, 4, 5] as const

async function ensureProducers(container: MedusaContainer, query: Query) {
  const { data: existing } = await query.graph({
    entity: "producer",
    fields: ["id", "handle"],
    filters: { handle: PRODUCERS.map((p) => p.handle) },
  })
  const missing = PRODUCERS.filter((p) => !existing.some((e) => e.handle === p.handle))
  if (missing.length) {
    const { result } = await createProducersWorkflow(container).run({
      input: {
        producers: missing.map((producer) => {
          const town = TOWNS[producer.town]
          const texts = producerTexts(producer)
          return {
            handle: producer.handle,
            name: producer.name,
            craft: producer.craft,
            tagline: texts.de.tagline,
            story: texts.de.story,
            town: town.name,
            district: town.district,
            postal_code: town.postal_code,
            ...producerLocation(producer),
            website: `https://${producer.handle}.example`,
            email: `kontakt@${producer.handle}.example`,
            opening_hours: producer.farm_shop
              ? [...WEEKDAYS.map((day) => ({ day, opens: "08:00", closes: "18:00" })), { day: 6 as const, opens: "08:00", closes: "12:00" }]
              : null,
            farm_shop: producer.farm_shop ?? false,
            pickup: producer.pickup ?? false,
          }
        }),
      },
    })
    await addEnglish(
      container,
      result.map((created) => ({
        reference: "producer",
        reference_id: created.id,
        translations: producerTexts(missing.find((p) => p.handle === created.handle)!).en,
      }))
    )
    existing.push(...result)
  }
  return new Map(existing.map((p) => [p.handle as string, p.id as string]))
}

/** Prices vary a little between producers, as they do at a market. */
function priceFor(handle: string, base: number) {
  return Math.round(base * (0.92 + unitHash(handle) * 0.2) * 10) / 10
}

async function ensureProducts(
  container: MedusaContainer,
  query: Query,
  context: {
    producerIds: Map<string, string>
    categoryIds: Record<CategoryKey, string>
    seasonTags: Map<number, string>
    typeIds: Record<keyof typeof PRODUCT_TYPES, string>
    salesChannelId: string
    shippingProfileId: string
    locationId: string
  },
  log: (message: string) => void
) {
  const planned = planProducts()
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: planned.map((p) => p.handle) },
  })
  const existingHandles = new Set(existing.map((p) => p.handle as string))
  const missing = planned.filter((p) => !existingHandles.has(p.handle))
  const BATCH = 30
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH)
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
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map(({ handle, producer, template }, i) => ({
          title: template.title.de,
          subtitle: producer.name,
          handle,
          description: template.description.de,
          status: ProductStatus.PUBLISHED,
          type_id: context.typeIds[template.type],
          category_ids: [context.categoryIds[template.category]],
          tag_ids: seasonTagIds(batch[i], context.seasonTags),
          shipping_profile_id: context.shippingProfileId,
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
        })),
      },
    })

    await createLinksWorkflow(container).run({
      input: products.map((product, i) => ({
        producer: { producer_id: context.producerIds.get(batch[i].producer.handle)! },
        [Modules.PRODUCT]: { product_id: product.id },
      })),
    })

    const { data: withInventory } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "variants.id", "variants.title", "variants.inventory_items.inventory_item_id", "options.id", "options.values.id", "options.values.value"],
      filters: { id: products.map((p) => p.id) },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: withInventory.flatMap((product) =>
          product.variants.flatMap((variant: any) =>
            variant.inventory_items.map((item: { inventory_item_id: string }) => ({
              location_id: context.locationId,
              inventory_item_id: item.inventory_item_id,
              stocked_quantity: batch.find((p) => p.handle === product.handle)!.soldOut
                ? 0
                : 5 + Math.floor(unitHash(`${product.handle}:${variant.title}:stock`) * 95),
            }))
          )
        ),
      },
    })

    await addEnglish(
      container,
      withInventory.flatMap((product) => {
          const { template, producer } = batch.find((p) => p.handle === product.handle)!
          const byGerman = new Map(template.variants.map((v) => [v.label.de, v.label.en]))
          return [
            {
              reference: "product",
              reference_id: product.id,
              translations: { title: template.title.en, subtitle: producer.name, description: template.description.en },
            },
            ...product.variants.map((variant: { id: string; title: string }) => ({
              reference: "product_variant",
              reference_id: variant.id,
              translations: { title: byGerman.get(variant.title) ?? variant.title },
            })),
            ...product.options.map((option: { id: string }) => ({
              reference: "product_option",
              reference_id: option.id,
              translations: { title: template.option.en },
            })),
            ...product.options.flatMap((option: { values: { id: string; value: string }[] }) =>
              option.values.map((value) => ({
                reference: "product_option_value",
                reference_id: value.id,
                  translations: { value: byGerman.get(value.value) ?? value.value },
              }))
            ),
          ]
      })
    )
    log(`  products ${start + batch.length}/${missing.length}`)
  }
  return { created: missing.length, total: planned.length }
}

export type SeedResult = { publishableKey: string; producers: number; products: { created: number; total: number } }

export async function seedNetwork(container: MedusaContainer, log: (message: string) => void = () => {}): Promise<SeedResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  log("Seeding the Oberfranken network …")
  const salesChannelId = await ensureSalesChannel(container, query)
  const regionId = await ensureRegion(container, query)
  await ensureStore(container, query, salesChannelId, regionId)
  const typeIds = await ensureProductTypes(container, query)
  await ensureTaxes(container, query, typeIds)
  const { locationId, shippingProfileId } = await ensureFulfillment(container, query, salesChannelId, regionId)
  const publishableKey = await ensurePublishableKey(container, query, salesChannelId)
  const categoryIds = await ensureCategories(container, query)
  const seasonTags = await ensureSeasonTags(container, query)
  const producerIds = await ensureProducers(container, query)
  const products = await ensureProducts(
    container,
    query,
    { producerIds, categoryIds, seasonTags, typeIds, salesChannelId, shippingProfileId, locationId },
    log
  )
  await ensureProductSeasons(container, query, planProducts(), seasonTags)
  await ensureProvenance(container, log)
  // The catalog's search index: rebuilt from what the seed wrote, waiting until it is done
  // (links, stock and claims were written after the products, so the events that
  // accompanied product creation saw them incomplete).
  const { indexes } = await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  log(`  search index: ${indexes.join(", ")} rebuilt`)
  log(`Seeded: ${producerIds.size} producers, ${products.total} products (${products.created} new).`)
  return { publishableKey, producers: producerIds.size, products }
}

export { planProducts }

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedNetwork(container, (message) => logger.info(message))
  // Read by scripts/up.mjs, which writes it to the storefront's .env.
  console.log(`${PUBLISHABLE_KEY_MARKER}${result.publishableKey}`)
}
