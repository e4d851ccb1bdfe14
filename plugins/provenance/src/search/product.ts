import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  QueryContext,
  search,
} from "@medusajs/framework/utils"
import type { RemoteQueryFunction, SearchTypes } from "@medusajs/framework/types"
import { claimState } from "../modules/provenance/claim-state"
import { PRODUCT_SEARCH_EVENTS, productIdsOfEvent } from "./_product-events"

/**
 * The catalog's product index: what the shop filters, facets and sorts by — the producer's
 * craft, town and district, valid claims, the lowest price and whether anything is in
 * stock — so the storefront asks one question of `POST /store/search` instead of joining
 * products, producers, claims, prices and inventory per request. Hits carry ids and these
 * fields; the shop reads card details (translated titles, tax-aware prices) from
 * Medusa's product list by id.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  // Named as Medusa's /store/search expects, so it narrows to published products of the
  // publishable key's sales channels on its own.
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  /** Unique, so it settles ties when sorting by price or name (stable pages). */
  handle: search.keyword().filterable().sortable(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  description: search.text().searchable(),
  /** The English texts (Medusa's Translation Module), so English queries find English words. */
  title_en: search.text().searchable({ weight: 3 }),
  description_en: search.text().searchable(),
  /** Its categories' names in German and English: "Käse" finds what sits under "Käse & Milch". */
  category_names: search.text().array().searchable({ weight: 1.5 }),
  created_at: search.date().filterable().sortable(),
  category_ids: search.keyword().array().filterable().facetable(),
  tags: search.keyword().array().filterable(),
  producer_handle: search.keyword().filterable().facetable(),
  producer_name: search.text().searchable({ weight: 2 }),
  producer_craft: search.keyword().filterable().facetable(),
  producer_town: search.keyword().searchable({ weight: 1.5 }).filterable().facetable(),
  producer_district: search.keyword().filterable().facetable(),
  /** Where the producer works, for engines with a geo filter (Meilisearch's `_geo`). */
  producer_latitude: search.float().filterable(),
  producer_longitude: search.float().filterable(),
  /** Types of the claims valid today that cover this product (its own, or its producer's). */
  claims: search.keyword().array().filterable().facetable(),
  /** The cheapest variant's price in the shop currency, VAT included (prices are gross). */
  price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
  in_stock: search.boolean().filterable().facetable(),
})

/** The shop sells in euros; the index keeps the price a German shopper compares. */
const SHOP_CURRENCY = "eur"

const PRODUCT_FIELDS = [
  "id",
  "status",
  "handle",
  "title",
  "description",
  "created_at",
  "sales_channels.id",
  "categories.id",
  "categories.name",
  "tags.value",
  "producer.handle",
  "producer.name",
  "producer.craft",
  "producer.town",
  "producer.district",
  "producer.latitude",
  "producer.longitude",
  "producer.claims.type",
  "producer.claims.status",
  "producer.claims.valid_from",
  "producer.claims.valid_until",
  "producer.claims.product_id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.calculated_price.calculated_amount",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

const priceContext = { variants: { calculated_price: QueryContext({ currency_code: SHOP_CURRENCY }) } }

type Level = { stocked_quantity: number | string; reserved_quantity: number | string }
type Variant = {
  manage_inventory: boolean
  allow_backorder: boolean
  calculated_price?: { calculated_amount: number | string | null } | null
  inventory_items?: { required_quantity: number; inventory?: { location_levels?: Level[] } | null }[]
}

/** Sellable now: not stock-managed, backorderable, or every inventory item it needs is there. */
export function variantInStock(variant: Variant) {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  const items = variant.inventory_items ?? []
  return (
    items.length > 0 &&
    items.every((item) => {
      const available = (item.inventory?.location_levels ?? []).reduce(
        (sum, level) => sum + Number(level.stocked_quantity) - Number(level.reserved_quantity),
        0
      )
      return available >= (item.required_quantity ?? 1)
    })
  )
}

/** English texts by record id, as the Translation Module keeps them. */
export type EnglishTexts = Map<string, Record<string, string>>

export function toProductSearchDocument(
  product: any,
  now = new Date(),
  english: EnglishTexts = new Map()
): SearchTypes.InferSearchDocumentType<typeof productSearchFields> {
  const variants: Variant[] = product.variants ?? []
  const prices = variants
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((amount): amount is number | string => amount !== null && amount !== undefined)
    .map(Number)
  const producer = product.producer ?? null
  const claims = (producer?.claims ?? []).filter(
    (c: any) => (!c.product_id || c.product_id === product.id) && claimState(c, now) === "valid"
  )
  return {
    id: product.id,
    status: product.status,
    sales_channel_ids: (product.sales_channels ?? []).map((c: { id: string }) => c.id),
    handle: product.handle,
    title: product.title,
    description: product.description ?? null,
    title_en: english.get(product.id)?.title ?? null,
    description_en: english.get(product.id)?.description ?? null,
    category_names: (product.categories ?? []).flatMap((c: { id: string; name: string }) =>
      [c.name, english.get(c.id)?.name].filter((name): name is string => !!name)
    ),
    created_at: product.created_at,
    category_ids: (product.categories ?? []).map((c: { id: string }) => c.id),
    tags: (product.tags ?? []).map((t: { value: string }) => t.value),
    producer_handle: producer?.handle ?? null,
    producer_name: producer?.name ?? null,
    producer_craft: producer?.craft ?? null,
    producer_town: producer?.town ?? null,
    producer_district: producer?.district ?? null,
    producer_latitude: producer?.latitude ?? null,
    producer_longitude: producer?.longitude ?? null,
    claims: [...new Set<string>(claims.map((c: { type: string }) => c.type))].sort(),
    price: prices.length ? Math.min(...prices) : null,
    in_stock: variants.some(variantInStock),
  }
}

/** The shop's second language, as the Translation Module names it. */
const ENGLISH = "en-GB"

async function englishTexts(query: RemoteQueryFunction, rows: any[]): Promise<EnglishTexts> {
  const ids = [...new Set(rows.flatMap((row) => [row.id, ...(row.categories ?? []).map((c: { id: string }) => c.id)]))]
  if (!ids.length) return new Map()
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference_id: ids, locale_code: ENGLISH },
  })
  return new Map(data.map((t: any) => [t.reference_id as string, (t.translations ?? {}) as Record<string, string>]))
}

const source = {
  fields: PRODUCT_FIELDS,
  context: priceContext,
  transform: async (rows: any[], { container }: { container: { query: RemoteQueryFunction } }) => {
    const now = new Date()
    const english = await englishTexts(container.query, rows)
    return rows.map((row) => toProductSearchDocument(row, now, english))
  },
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  events: PRODUCT_SEARCH_EVENTS,
  seed: graphSeed(source),
  consume: graphConsume({
    ...source,
    resolve_ids: (event, { container }) => productIdsOfEvent(event, container.query),
    is_delete: (event) => event.name === "product.deleted",
  }),
})
