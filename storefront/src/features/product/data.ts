import type { HttpTypes } from "@medusajs/types"
import type { ProducerStatus } from "@genussnetz/producers/http"
import { localeQuery, sdk, storeRegion } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
import { PRODUCT_PAGE_FIELDS } from "./fields"
import type { FoodInformation } from "./food-information"

export type ProductPageData = HttpTypes.StoreProduct & {
  producer?: {
    /** The producer's id (`*producer` reads every field): its events are asked for by it. */
    id?: string
    handle: string
    name: string
    craft: string
    tagline: string | null
    story: string
    town: string
    district: string
    street?: string | null
    postal_code?: string | null
    status?: ProducerStatus
  } | null
  food_information?: FoodInformation | null
}

/** The product with this handle, priced for the shop's region, or null. */
export async function getProductByHandle(locale: Locale, handle: string): Promise<ProductPageData | null> {
  const region = await storeRegion()
  const { products } = await sdk.store.product.list({
    handle,
    fields: PRODUCT_PAGE_FIELDS,
    region_id: region.id,
    limit: 1,
    ...localeQuery(locale),
  })
  return (products[0] as ProductPageData | undefined) ?? null
}

type VariantStock = Pick<HttpTypes.StoreProductVariant, "manage_inventory" | "allow_backorder" | "inventory_quantity">

/** How many of a variant a shopper can buy now; null where stock sets no limit. */
export function availableQuantity(variant: VariantStock): number | null {
  if (!variant.manage_inventory || variant.allow_backorder) return null
  return Math.max(0, variant.inventory_quantity ?? 0)
}

export function isAvailable(variant: VariantStock): boolean {
  const available = availableQuantity(variant)
  return available === null || available > 0
}

/**
 * Product ids (and their producers' ids) by handle, remembered so the page can ask for the
 * product, its chain and its producer's events at once.
 */
const knownIds = new Map<string, { productId: string; producerId: string | null }>()
const MAX_KNOWN_IDS = 5000

export function rememberProductId(handle: string, id: string, producerId: string | null = null) {
  if (knownIds.size >= MAX_KNOWN_IDS) knownIds.delete(knownIds.keys().next().value!)
  knownIds.set(handle, { productId: id, producerId })
}

export const knownProductId = (handle: string) => knownIds.get(handle)?.productId
export const knownProducerId = (handle: string) => knownIds.get(handle)?.producerId ?? null
