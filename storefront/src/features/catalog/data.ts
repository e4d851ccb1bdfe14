import type { HttpTypes } from "@medusajs/types"
import { localeQuery, sdk, storeRegion } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"

/** What a product card shows; the catalog, the home page and producer pages share it. */
export type ProductSummary = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  producer: { name: string; handle: string; town: string } | null
  price: { amount: number; currency: string; hasVariants: boolean; unit: Record<string, unknown> | null } | null
}

/** Only the fields a card needs: Medusa answers default fields several times slower. */
export const PRODUCT_SUMMARY_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "*producer",
  "variants.id",
  "variants.metadata",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.currency_code",
].join(",")

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

/** The provenance plugin's filters on Medusa's product list (resolved in the backend). */
export type ProvenanceFilters = {
  producer_craft?: string
  producer_town?: string
  claim?: string[]
  near_lat?: number
  near_lon?: number
  radius_km?: number
}

export type ProductListQuery = {
  locale: Locale
  limit: number
  offset?: number
  categoryId?: string
  tagId?: string
  ids?: string[]
  order?: "-created_at" | "title"
  filters?: ProvenanceFilters
}

export async function listProducts({ locale, limit, offset = 0, categoryId, tagId, ids, order = "title", filters = {} }: ProductListQuery) {
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
    ...filters,
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
