import type { StoreOrderPartsType, StoreOrderPartType } from "@genussnetz/marketplace/http"
import type { HttpTypes } from "@medusajs/types"
import { pathTo, type Locale } from "../../lib/i18n"
import { localeQuery, sdk } from "../../lib/medusa"
import { isMedusaId } from "../../lib/request-guard"
import { customerHeaders } from "../account/session"
import type { CheckoutProducer } from "./data"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "item_total",
  "shipping_total",
  "tax_total",
  "total",
  "items.id",
  "items.quantity",
  "items.product_id",
  "items.product_title",
  "items.variant_title",
  "items.unit_price",
  "items.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.postal_code",
  "shipping_address.city",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.total",
  "shipping_methods.shipping_option_id",
].join(",")

type OrderLine = HttpTypes.StoreOrderLineItem
export type OrderGroup = { producer: CheckoutProducer | null; items: OrderLine[] }
/**
 * A shipping method of the order. Which producer's it is cannot be told yet: the Store API gives
 * an order's shipping methods their option id but neither the option's profile nor the order's metadata.
 */
export type OrderDelivery = { name: string; amount: number }
/** Each producer's part of the order as the shopper may see it (where it stands, tracking, money back). */
export type OrderPart = StoreOrderPartType
export type OrderView = { order: HttpTypes.StoreOrder; groups: OrderGroup[]; deliveries: OrderDelivery[]; parts: OrderPart[] }

/** An order access token as the backend makes them (an HMAC-SHA256, base64url). */
const isAccessToken = (value: string | null | undefined): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value)

/** The order's page with its key: where checkout sends the shopper, as the mails link it. */
export const orderPath = (locale: Locale, orderId: string, accessToken: string) =>
  `${pathTo(locale, "order", orderId)}?token=${encodeURIComponent(accessToken)}`

/**
 * The headers that open an order: its access token (the link from checkout or a mail) and the
 * logged-in customer's token (its own orders open without the link's token); the backend opens
 * the order with either. Null when there is neither.
 */
export function orderAccessHeaders(accessToken: string | null, customerToken: string | null): Record<string, string> | null {
  const headers = {
    ...(isAccessToken(accessToken) ? { "x-order-access-token": accessToken } : {}),
    ...(customerToken ? customerHeaders(customerToken) : {}),
  }
  return Object.keys(headers).length ? headers : null
}

/**
 * An order for its page, opened with its access token or by its logged-in customer: the
 * backend answers `GET /store/orders/:id` and its parts only to them. Null when the id cannot
 * be one or the backend does not open the order.
 */
export async function loadOrder(locale: Locale, id: string | undefined, accessToken: string | null, customerToken: string | null = null): Promise<OrderView | null> {
  const headers = orderAccessHeaders(accessToken, customerToken)
  if (!isMedusaId(id) || !id.startsWith("order_") || !headers) return null
  let order: HttpTypes.StoreOrder
  let parts: OrderPart[]
  try {
    ;[{ order }, parts] = await Promise.all([
      sdk.store.order.retrieve(id, { fields: ORDER_FIELDS, ...localeQuery(locale) }, headers),
      // The parts are extra: without them the page still shows the order.
      sdk.client
        .fetch<StoreOrderPartsType>(`/store/orders/${encodeURIComponent(id)}/parts`, { headers })
        .then(({ order_parts }) => order_parts)
        .catch(() => [] as OrderPart[]),
    ])
  } catch {
    return null
  }
  const items = order.items ?? []
  const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))] as string[]
  const { products } = productIds.length
    ? await sdk.store.product.list({ id: productIds, fields: "id,title,*producer", limit: productIds.length, ...localeQuery(locale) })
    : { products: [] }
  const productOf = new Map((products as (HttpTypes.StoreProduct & { producer?: CheckoutProducer | null })[]).map((p) => [p.id, p]))
  const groups = new Map<string, OrderGroup>()
  for (const item of items) {
    const product = productOf.get(item.product_id ?? "")
    const producer = product?.producer ?? null
    const group = groups.get(producer?.handle ?? "") ?? { producer, items: [] }
    // The order keeps the title the line was added with; the product's is in the page's language.
    group.items.push({ ...item, product_title: product?.title ?? item.product_title })
    groups.set(producer?.handle ?? "", group)
  }
  const deliveries = (order.shipping_methods ?? []).map((method) => ({ name: method.name, amount: Number(method.total ?? method.amount ?? 0) }))
  return {
    order,
    groups: [...groups.values()].sort((a, b) => (a.producer?.name ?? "").localeCompare(b.producer?.name ?? "", locale)),
    deliveries,
    parts,
  }
}

/** The part a producer's group of the order page belongs to. */
export const partOfGroup = (parts: OrderPart[], group: OrderGroup): OrderPart | null =>
  parts.find((part) => part.producer && part.producer.handle === group.producer?.handle) ?? null
