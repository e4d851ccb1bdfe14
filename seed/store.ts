/**
 * The shop around the network: sales channel, region, store settings (EUR incl. VAT, German
 * and English), product types with their VAT rates, and the storefront's publishable key.
 * Each part is looked up by its name and created or repaired when missing. Stock and shipping
 * belong to each producer (seed/fulfilment.ts).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createApiKeysWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  deleteSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCT_TYPES } from "./data/catalog"
import { findOne, type Query } from "./query"
import { ENGLISH } from "./translate"

/** The natural keys the seed finds its records by. */
const SEED_NAMES = {
  store: "genussnetz Oberfranken",
  salesChannel: "genussnetz Marktplatz",
  region: "Deutschland",
  publishableKey: "genussnetz Storefront",
} as const

const SALES_CHANNEL = { name: SEED_NAMES.salesChannel, description: "Der Marktplatz der Genussregion" }
/** The channel Medusa's first start creates (core-flows' createDefaultsWorkflow). */
const MEDUSA_DEFAULT_SALES_CHANNEL = { name: "Default Sales Channel", description: "Created by Medusa" }

const LOCALES = { de: "de-DE", en: ENGLISH } as const

/**
 * The shop sells through one sales channel. As soon as a second one exists, Medusa's Store
 * product routes look up every product id of the key's channel on each request (a link query
 * over the whole catalogue, outside its cache) to filter by it. So the channel Medusa creates at
 * its first start, the store's default, becomes the marketplace's.
 */
async function ensureSalesChannel(container: MedusaContainer, query: Query) {
  const existing = await findOne(query, "sales_channel", { name: SEED_NAMES.salesChannel })
  if (existing) return existing.id as string
  const store = await findOne(query, "store", {}, ["id", "default_sales_channel_id"])
  if (store?.default_sales_channel_id) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: store.default_sales_channel_id }, update: SALES_CHANNEL },
    })
    return store.default_sales_channel_id as string
  }
  const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [SALES_CHANNEL] } })
  return result[0].id
}

/**
 * A database seeded before the marketplace took over Medusa's default channel still has that
 * default beside it, selling nothing: removed (only it, untouched as Medusa made it and without
 * products, so a channel the association added on purpose stays).
 */
async function removeUnusedDefaultSalesChannel(container: MedusaContainer, query: Query, salesChannelId: string) {
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "name", "description", "products.id"],
    filters: { name: MEDUSA_DEFAULT_SALES_CHANNEL.name, description: MEDUSA_DEFAULT_SALES_CHANNEL.description },
  })
  const unused = data.filter((channel) => channel.id !== salesChannelId && !channel.products?.length).map((channel) => channel.id as string)
  if (unused.length) await deleteSalesChannelsWorkflow(container).run({ input: { ids: unused } })
}

async function ensureStore(container: MedusaContainer, query: Query, salesChannelId: string, regionId: string) {
  const store = await findOne(query, "store", {}, [
    "id",
    "name",
    "default_sales_channel_id",
    "default_region_id",
    "supported_currencies.currency_code",
    "supported_currencies.is_default",
    "supported_locales.locale_code",
  ])
  const locales = (store.supported_locales ?? []).map((l: { locale_code: string }) => l.locale_code).sort()
  const upToDate =
    store.name === SEED_NAMES.store &&
    store.default_sales_channel_id === salesChannelId &&
    store.default_region_id === regionId &&
    store.supported_currencies?.length === 1 &&
    store.supported_currencies[0].currency_code === "eur" &&
    // Tax-inclusive pricing is no column of a store currency (the update below records it as a
    // price preference): asking for it here read undefined and rewrote the store on every run.
    store.supported_currencies[0].is_default === true &&
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

/** Medusa's system provider: marks a payment authorized without taking any money. */
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
/** Medusa's Stripe provider as medusa-config.ts registers it (id "stripe") when STRIPE_API_KEY is set. */
export const STRIPE_PAYMENT_PROVIDER = "pp_stripe_stripe"

/**
 * The payment providers the shop's region offers: Stripe alone when the running app has it
 * registered (STRIPE_API_KEY), else the system provider. Not both: the system provider would let
 * any shopper order without paying.
 */
export async function regionPaymentProviders(container: MedusaContainer): Promise<string[]> {
  const stripe = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: STRIPE_PAYMENT_PROVIDER, is_enabled: true })
  return [stripe.length ? STRIPE_PAYMENT_PROVIDER : SYSTEM_PAYMENT_PROVIDER]
}

async function ensureRegion(container: MedusaContainer, query: Query) {
  const providers = await regionPaymentProviders(container)
  const existing = await findOne(query, "region", { name: SEED_NAMES.region }, ["id", "payment_providers.id"])
  if (existing) {
    // An existing shop follows the configuration too: turning Stripe on (or off) and running
    // the seed (`npm run up` does) switches the region's providers, and changes nothing else.
    const current = (existing.payment_providers ?? []).map((p: { id: string }) => p.id).sort()
    if (current.join() !== [...providers].sort().join()) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: existing.id }, update: { payment_providers: providers } },
      })
    }
    return existing.id as string
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: SEED_NAMES.region,
          currency_code: "eur",
          countries: ["de"],
          payment_providers: providers,
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

async function ensurePublishableKey(container: MedusaContainer, query: Query, salesChannelId: string) {
  let key = await findOne(query, "api_key", { title: SEED_NAMES.publishableKey, type: "publishable" }, ["id", "token", "sales_channels.id"])
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: SEED_NAMES.publishableKey, type: "publishable", created_by: "" }] },
    })
    key = { ...result[0], sales_channels: [] }
  }
  // Without its sales channel the key opens no product: repaired on every run.
  if (!key.sales_channels?.some((c: { id: string }) => c.id === salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  return key.token as string
}

export type StoreSetup = {
  salesChannelId: string
  regionId: string
  typeIds: Record<keyof typeof PRODUCT_TYPES, string>
  publishableKey: string
}

export async function ensureStoreSetup(container: MedusaContainer, query: Query): Promise<StoreSetup> {
  const salesChannelId = await ensureSalesChannel(container, query)
  const regionId = await ensureRegion(container, query)
  await ensureStore(container, query, salesChannelId, regionId)
  await removeUnusedDefaultSalesChannel(container, query, salesChannelId)
  const typeIds = await ensureProductTypes(container, query)
  await ensureTaxes(container, query, typeIds)
  const publishableKey = await ensurePublishableKey(container, query, salesChannelId)
  return { salesChannelId, regionId, typeIds, publishableKey }
}
