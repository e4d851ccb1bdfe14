import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../lib/i18n"
import { localeQuery, sdk, storePost, StoreApiError, storeRegion } from "../../lib/medusa"
import { availableQuantity } from "../product/data"

/** The cart lives in Medusa; the browser keeps only its id, in this cookie. */
export const CART_COOKIE = "gn_cart"
export const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 30

const CART_FIELDS = [
  "id",
  "currency_code",
  "item_subtotal",
  "item_total",
  "total",
  "items.id",
  "items.quantity",
  "items.variant_id",
  "items.product_id",
  "items.product_title",
  "items.product_handle",
  "items.variant_title",
  "items.thumbnail",
  "items.unit_price",
  "items.total",
].join(",")

type CartProducer = { handle: string; name: string; town: string }
/** A cart line and how many of its variant can be bought now (null: no limit). */
export type CartLine = HttpTypes.StoreCartLineItem & { available: number | null }
export type CartGroup = { producer: CartProducer | null; items: CartLine[]; subtotal: number }
export type CartView = { cart: HttpTypes.StoreCart | null; groups: CartGroup[] }

export async function retrieveCart(locale: Locale, cartId: string | undefined): Promise<HttpTypes.StoreCart | null> {
  if (!cartId) return null
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS, ...localeQuery(locale) })
    return (cart as HttpTypes.StoreCart & { completed_at?: string | null }).completed_at ? null : cart
  } catch {
    // An unknown or completed cart: start afresh.
    return null
  }
}

/** Stock as Medusa's product list tells it for the publishable key's sales channel. */
const CART_PRODUCT_FIELDS = "id,*producer,variants.id,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder"

type CartProduct = HttpTypes.StoreProduct & { producer?: CartProducer | null }

/**
 * The cart's lines grouped by the producer who makes them, each group with its subtotal, each
 * line with the stock left for it — so a line that asks for more than there is says so
 * where it stands, not only when the next change fails.
 */
export async function loadCartView(locale: Locale, cartId: string | undefined): Promise<CartView> {
  const cart = await retrieveCart(locale, cartId)
  const items = cart?.items ?? []
  if (!cart || !items.length) return { cart, groups: [] }
  const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))] as string[]
  const { products } = await sdk.store.product.list({ id: productIds, fields: CART_PRODUCT_FIELDS, limit: productIds.length })
  const producerOf = new Map((products as CartProduct[]).map((p) => [p.id, p.producer ?? null]))
  const availableOf = new Map(
    (products as CartProduct[]).flatMap((p) => (p.variants ?? []).map((v) => [v.id, availableQuantity(v)] as const))
  )
  const groups = new Map<string, CartGroup>()
  for (const item of [...items].sort((a, b) => String(a.product_title).localeCompare(String(b.product_title), locale))) {
    const producer = producerOf.get(item.product_id ?? "") ?? null
    const key = producer?.handle ?? ""
    const group = groups.get(key) ?? { producer, items: [], subtotal: 0 }
    group.items.push({ ...item, available: availableOf.get(item.variant_id ?? "") ?? null })
    group.subtotal += Number(item.total ?? 0)
    groups.set(key, group)
  }
  return { cart, groups: [...groups.values()].sort((a, b) => (a.producer?.name ?? "").localeCompare(b.producer?.name ?? "", locale)) }
}

export async function addToCart(cartId: string | undefined, variantId: string, quantity: number): Promise<string> {
  let id = cartId
  if (!id || !(await retrieveCart("de", id))) {
    const region = await storeRegion()
    const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: "id" })
    id = cart.id
  }
  // Not through the sdk: its FetchError drops the error code that says "not enough stock".
  await storePost(`/store/carts/${encodeURIComponent(id)}/line-items`, { variant_id: variantId, quantity }, { fields: "id" })
  return id
}

export async function setQuantity(cartId: string, lineId: string, quantity: number) {
  if (quantity <= 0) {
    await sdk.store.cart.deleteLineItem(cartId, lineId)
  } else {
    await storePost(`/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, { quantity }, { fields: "id" })
  }
}

/**
 * Whether Medusa refused a cart change for want of stock. Its inventory check
 * (core-flows' confirm-inventory step, run when a line is added or its quantity raised) throws
 * MedusaError type NOT_ALLOWED with code INSUFFICIENT_INVENTORY; the HTTP answer is 400 with
 * `type: "not_allowed"` and `code: "insufficient_inventory"`. The code is the one signal
 * that means stock: status 400 and type not_allowed are shared with other refusals.
 */
export function isStockRefusal(error: unknown): boolean {
  return error instanceof StoreApiError && error.code === "insufficient_inventory"
}
