import type { HttpTypes } from "@medusajs/types"
import { localeQuery, sdk, storeRegion } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
import { PRODUCT_SUMMARY_FIELDS } from "./fields"
import { catalogSearchRequest, VALUE_FACETS, type CatalogSearch, type ValueFacet } from "./search-request"

/** What a product card shows; the catalog, the home page and producer pages share it. */
export type ProductSummary = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  producer: { name: string; handle: string; town: string } | null
  price: { amount: number; currency: string; hasVariants: boolean; unit: Record<string, unknown> | null } | null
  /** Known only where the catalog's search index answered: false when nothing can be bought. */
  inStock?: boolean
}

type ProductWithProducer = HttpTypes.StoreProduct & {
  producer?: { name: string; handle: string; town: string } | null
}

export function toSummary(product: ProductWithProducer): ProductSummary {
  const priced = (product.variants ?? []).filter((variant) => typeof variant.calculated_price?.calculated_amount === "number")
  const cheapestVariant = priced.sort(
    (a, b) => Number(a.calculated_price!.calculated_amount) - Number(b.calculated_price!.calculated_amount)
  )[0]
  const cheapest = cheapestVariant?.calculated_price
  return {
    id: product.id,
    handle: product.handle ?? product.id,
    title: product.title ?? "",
    thumbnail: product.thumbnail ?? null,
    producer: product.producer
      ? { name: product.producer.name, handle: product.producer.handle, town: product.producer.town }
      : null,
    price: cheapest
      ? {
          amount: Number(cheapest.calculated_amount),
          currency: String(cheapest.currency_code ?? "eur").toUpperCase(),
          hasVariants: (product.variants?.length ?? 0) > 1,
          unit: (cheapestVariant?.metadata as Record<string, unknown> | null) ?? null,
        }
      : null,
  }
}

export type ProductListQuery = {
  locale: Locale
  limit: number
  offset?: number
  categoryId?: string
  tagId?: string
  ids?: string[]
  order?: "-created_at" | "title"
}

export async function listProducts({ locale, limit, offset = 0, categoryId, tagId, ids, order = "title" }: ProductListQuery) {
  const region = await storeRegion()
  const { products, count } = await sdk.store.product.list({
    fields: PRODUCT_SUMMARY_FIELDS,
    region_id: region.id,
    limit,
    offset,
    order,
    ...(categoryId ? { category_id: [categoryId] } : {}),
    ...(tagId ? { tag_id: [tagId] } : {}),
    ...(ids ? { id: ids } : {}),
    ...localeQuery(locale),
  } as Parameters<typeof sdk.store.product.list>[0])
  return { products: (products as ProductWithProducer[]).map(toSummary), count }
}

export type Category = { id: string; handle: string; name: string }

export async function listCategories(locale: Locale): Promise<Category[]> {
  const { product_categories } = await sdk.store.category.list({
    fields: "id,handle,name",
    limit: 100,
    ...localeQuery(locale),
  })
  return product_categories
    .map(({ id, handle, name }) => ({ id, handle, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}

/**
 * A question to the catalog's product index (Medusa's `POST /store/search`, declared by the
 * provenance plugin): filters on the index's fields, e.g. `{ producer_craft: "bakery",
 * price: { $lte: 5 } }`, optionally products from within `near.radiusKm` of a point.
 */
export type ProductSearch = CatalogSearch & {
  locale: Locale
  near?: { latitude: number; longitude: number; radiusKm: number }
}

type FacetAnswer =
  | { type: "value"; values: { value: string; count: number }[] }
  | { type: "stats"; min: number | null; max: number | null; count: number }
type SearchAnswer = {
  results: {
    hits: { id: string; document: { in_stock?: boolean } }[]
    facets?: Record<string, FacetAnswer>
    metadata: { count: number | null }
  }[]
}

/**
 * How many products each filter value would show, counted under every other active filter
 * but not its own, so a shopper who picked "Bäckerei" still sees how many products the other
 * crafts have.
 */
export type CatalogFacets = {
  values: Record<ValueFacet, Map<string, number>>
  claimGroups: Map<string, number>
  price: { min: number; max: number } | null
}

/**
 * Finds products through the search index (filtering, sorting, counting and faceting across
 * producers, claims, prices and stock happen there, in one batched request), then reads the
 * cards of the hits from Medusa's product list — translated and priced for the shop's
 * region — in the index's order.
 */
export async function searchProducts({ locale, near, ...search }: ProductSearch) {
  const { results } = await sdk.client.fetch<SearchAnswer>("/store/search", {
    method: "POST",
    query: near ? { near_lat: near.latitude, near_lon: near.longitude, radius_km: near.radiusKm } : undefined,
    body: catalogSearchRequest(search),
  })
  const [result, ...groupResults] = results
  const ids = result.hits.map((hit) => hit.id)
  const { products } = ids.length ? await listProducts({ locale, limit: ids.length, ids }) : { products: [] }
  const byId = new Map(products.map((product) => [product.id, product]))
  const inStock = new Map(result.hits.map((hit) => [hit.id, hit.document.in_stock]))
  const valueCounts = (field: ValueFacet) => {
    const facet = result.facets?.[field]
    return new Map(facet?.type === "value" ? facet.values.map(({ value, count }) => [String(value), count]) : [])
  }
  const price = result.facets?.price
  const facets: CatalogFacets = {
    values: Object.fromEntries(VALUE_FACETS.map((field) => [field, valueCounts(field)])) as CatalogFacets["values"],
    claimGroups: new Map(Object.keys(search.countClaimGroups ?? {}).map((key, i) => [key, groupResults[i]?.metadata.count ?? 0])),
    price: price?.type === "stats" && typeof price.min === "number" && typeof price.max === "number" ? { min: price.min, max: price.max } : null,
  }
  return {
    products: ids.flatMap((id) => {
      const product = byId.get(id)
      return product ? [{ ...product, inStock: inStock.get(id) ?? undefined }] : []
    }),
    count: result.metadata.count ?? ids.length,
    facets,
  }
}
