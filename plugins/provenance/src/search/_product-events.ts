import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ClaimEvents } from "../modules/provenance/events"

/**
 * The events after which a product's search document may have changed, and how each one
 * leads back to the products. (Files starting with `_` are not loaded as index definitions.)
 * The shop's page cache follows the same events (`@genussnetz/provenance/product-events`,
 * used by backend/src/subscribers/storefront-pages.ts): what changes a product's document
 * changes its pages.
 */
/** Changes of the product record itself: it may have been published, withdrawn or renamed. */
export const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
/** Price or stock-keeping changes arrive per variant. */
const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated"]
/** Stock changes: an inventory level's numbers, or an order reserving or releasing stock. */
const INVENTORY_LEVEL_EVENTS = ["inventory-level.created", "inventory-level.updated"]
const ORDER_EVENTS = ["order.placed", "order.canceled"]
/** A claim turning valid (or invalid) changes the claims of the products it covers. */
const CLAIM_EVENTS: string[] = [ClaimEvents.REVIEWED]

/** English texts: a product's own, or one of its categories'. */
const TRANSLATION_EVENTS = ["translation.created", "translation.updated"]

export const PRODUCT_SEARCH_EVENTS = [
  ...PRODUCT_EVENTS,
  ...VARIANT_EVENTS,
  ...INVENTORY_LEVEL_EVENTS,
  ...ORDER_EVENTS,
  ...CLAIM_EVENTS,
  ...TRANSLATION_EVENTS,
]

type Event = { name: string; data?: { id?: string | string[] } }

/** The record ids an event names (`{ id }` with one id or several). */
export const idsOf = (event: Event) => {
  const id = event.data?.id
  return id === undefined ? [] : Array.isArray(id) ? id : [id]
}

const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))]

export async function productIdsOfEvent(event: Event, query: Pick<RemoteQueryFunction, "graph">): Promise<string[]> {
  const ids = idsOf(event)
  if (!ids.length) return []
  const graph = async (entity: string, fields: string[]) => (await query.graph({ entity, fields, filters: { id: ids } })).data as any[]

  if (PRODUCT_EVENTS.includes(event.name)) return ids
  if (VARIANT_EVENTS.includes(event.name)) {
    return unique((await graph("product_variant", ["product_id"])).map((v) => v.product_id))
  }
  if (INVENTORY_LEVEL_EVENTS.includes(event.name)) {
    const levels = await graph("inventory_level", ["inventory_item.variants.product_id"])
    return unique(levels.flatMap((l) => (l.inventory_item?.variants ?? []).map((v: any) => v.product_id)))
  }
  if (ORDER_EVENTS.includes(event.name)) {
    return unique((await graph("order", ["items.product_id"])).flatMap((o) => (o.items ?? []).map((i: any) => i.product_id)))
  }
  if (CLAIM_EVENTS.includes(event.name)) return productIdsOfClaims(query, { id: ids })
  if (TRANSLATION_EVENTS.includes(event.name)) {
    const translations = await graph("translation", ["reference", "reference_id"])
    const productIds = translations.filter((t) => t.reference === "product").map((t) => t.reference_id)
    const categoryIds = translations.filter((t) => t.reference === "product_category").map((t) => t.reference_id)
    const inCategories = categoryIds.length
      ? (await query.graph({ entity: "product_category", fields: ["products.id"], filters: { id: categoryIds } })).data.flatMap(
          (c: any) => (c.products ?? []).map((p: any) => p.id)
        )
      : []
    return unique([...productIds, ...inCategories])
  }
  return []
}

/** The products claims cover: the claimed product, or every product of the claiming business. */
export async function productIdsOfClaims(query: Pick<RemoteQueryFunction, "graph">, filters: Record<string, unknown>): Promise<string[]> {
  const { data: claims } = await query.graph({ entity: "claim", fields: ["product_id", "producer.products.id"], filters })
  return unique(claims.flatMap((c: any) => (c.product_id ? [c.product_id] : (c.producer?.products ?? []).map((p: any) => p.id))))
}
