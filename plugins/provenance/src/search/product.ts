import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  QueryContext,
  search,
} from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
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
  created_at: search.date().filterable().sortable(),
  category_ids: search.keyword().array().filterable().facetable(),
  tags: search.keyword().array().filterable(),
  producer_handle: search.keyword().filterable().facetable(),
  producer_name: search.text().searchable({ weight: 2 }),
  producer_craft: search.keyword().filterable().facetable(),
  producer_town: search.keyword().searchable().filterable().facetable(),
  producer_district: search.keyword().filterable().facetable(),
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
  "tags.value",
  "producer.handle",
  "producer.name",
  "producer.craft",
  "producer.town",
  "producer.district",
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

export function toProductSearchDocument(product: any, now = new Date()): SearchTypes.InferSearchDocumentType<typeof productSearchFields> {
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
    created_at: product.created_at,
    category_ids: (product.categories ?? []).map((c: { id: string }) => c.id),
    tags: (product.tags ?? []).map((t: { value: string }) => t.value),
    producer_handle: producer?.handle ?? null,
    producer_name: producer?.name ?? null,
    producer_craft: producer?.craft ?? null,
    producer_town: producer?.town ?? null,
    producer_district: producer?.district ?? null,
    claims: [...new Set<string>(claims.map((c: { type: string }) => c.type))].sort(),
    price: prices.length ? Math.min(...prices) : null,
    in_stock: variants.some(variantInStock),
  }
}

const source = {
  fields: PRODUCT_FIELDS,
  context: priceContext,
  transform: (rows: any[]) => {
    const now = new Date()
    return rows.map((row) => toProductSearchDocument(row, now))
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
