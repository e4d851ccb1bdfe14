import type { HttpTypes } from "@medusajs/types"
import { MEDUSA_LOCALE, type Locale } from "../../lib/i18n"
import { localeQuery, sdk, storePost } from "../../lib/medusa"
import { hasCompleteAddress, medusaAddress, type AddressValues } from "./address"
import { deliveryComplete, groupDelivery, readShippingOption, type DeliveryGroup, type DeliveryOption } from "./delivery"
import { customerHeaders } from "../account/session"
import { activeSession } from "./payment"
import type { CheckoutProgress } from "./steps"

const CHECKOUT_CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "completed_at",
  "item_total",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "total",
  "items.id",
  "items.quantity",
  "items.variant_id",
  "items.product_id",
  "items.product_title",
  "items.product_handle",
  "items.variant_title",
  "items.unit_price",
  "items.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.postal_code",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.total",
  "shipping_methods.shipping_option_id",
  "payment_collection.id",
  "payment_collection.amount",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
  // Stripe's session carries its payment intent (id, client_secret) for the Payment Element.
  "payment_collection.payment_sessions.data",
].join(",")

/** What the checkout shows of a producer (the product's linked producer). */
export type CheckoutProducer = { handle: string; name: string; town: string | null; postal_code: string | null }
export type CheckoutLine = HttpTypes.StoreCartLineItem & { producer: CheckoutProducer | null }
export type CheckoutCart = HttpTypes.StoreCart

/** The cart as the checkout sees it: lines with producers, grouped for delivery, and how far it got. */
export type CheckoutState = {
  cart: CheckoutCart
  groups: DeliveryGroup<CheckoutLine>[]
  progress: CheckoutProgress
}

// A product's shipping profile, where the Store API is taught to answer it (today it is not).
const PRODUCT_FIELDS = "id,title,*producer,shipping_profile.id"
type CheckoutProduct = HttpTypes.StoreProduct & { producer?: CheckoutProducer | null; shipping_profile?: { id?: string } | null }

const SHIPPING_OPTION_FIELDS = "+data,+type.code,+service_zone.fulfillment_set.type,+service_zone.fulfillment_set.location.address.*"

async function retrieveCheckoutCart(locale: Locale, cartId: string): Promise<CheckoutCart | null> {
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: CHECKOUT_CART_FIELDS, ...localeQuery(locale) })
    return (cart as CheckoutCart & { completed_at?: string | null }).completed_at ? null : cart
  } catch {
    return null
  }
}

/** The options Medusa offers for this cart (to its address, for its items), read for the delivery step. */
async function listOptions(cartId: string): Promise<DeliveryOption[]> {
  const { shipping_options } = await sdk.client.fetch<{ shipping_options: unknown[] }>("/store/shipping-options", {
    query: { cart_id: cartId, fields: SHIPPING_OPTION_FIELDS },
  })
  return shipping_options.map(readShippingOption).filter((o): o is DeliveryOption => o !== null)
}

/**
 * Loads the cart in the cart cookie for the checkout: null when there is none (or it is
 * completed). With items and an address, its delivery groups and options are read too.
 */
export async function loadCheckout(locale: Locale, cartId: string | undefined): Promise<CheckoutState | null> {
  if (!cartId) return null
  const cart = await retrieveCheckoutCart(locale, cartId)
  if (!cart) return null
  const items = cart.items ?? []
  const address = hasCompleteAddress(cart)
  const progress: CheckoutProgress = { hasItems: items.length > 0, address, delivery: false, payment: false }
  if (!items.length) return { cart, groups: [], progress }
  const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))] as string[]
  const [{ products }, options] = await Promise.all([
    sdk.store.product.list({ id: productIds, fields: PRODUCT_FIELDS, limit: productIds.length, ...localeQuery(locale) }),
    // Options depend on the address (delivery areas); without one there is nothing to choose yet.
    address ? listOptions(cart.id) : Promise.resolve([] as DeliveryOption[]),
  ])
  const productOf = new Map((products as CheckoutProduct[]).map((p) => [p.id, p]))
  const lines = [...items]
    .sort((a, b) => String(a.product_title).localeCompare(String(b.product_title), locale))
    .map((item) => {
      const product = productOf.get(item.product_id ?? "")
      const producer = product?.producer ?? null
      return {
        // A line keeps the title it was added with; the product's is in the page's language.
        line: { ...item, product_title: product?.title ?? item.product_title, producer } as CheckoutLine,
        producer,
        // The marketplace plugin lets the Store API answer a product's shipping profile (its producer's).
        profileId: product?.shipping_profile?.id ?? null,
        total: Number(item.total ?? 0),
      }
    })
  const chosen = (cart.shipping_methods ?? []).map((m) => m.shipping_option_id).filter(Boolean) as string[]
  const groups = groupDelivery(lines, options, chosen, locale)
  progress.delivery = address && deliveryComplete(groups)
  const collection = cart.payment_collection as (HttpTypes.StoreCart["payment_collection"] & { amount?: number }) | undefined
  progress.payment = progress.delivery && activeSession(collection) !== null && Number(collection?.amount) === Number(cart.total)
  return { cart, groups, progress }
}

/**
 * Saves the address as shipping and billing address, with the e-mail and the checkout's language
 * as the cart's `locale` (Medusa carries it to the order; the backend's mails to the shopper are
 * written in it).
 */
export async function saveAddress(cartId: string, values: AddressValues, locale: Locale) {
  const address = medusaAddress(values)
  await storePost(
    `/store/carts/${encodeURIComponent(cartId)}`,
    { email: values.email, shipping_address: address, billing_address: address, locale: MEDUSA_LOCALE[locale] },
    { fields: "id" }
  )
}

/** One shipping method per group: Medusa replaces a method of the same shipping profile. */
export async function saveDelivery(cartId: string, optionIds: string[]) {
  for (const optionId of optionIds) {
    await storePost(`/store/carts/${encodeURIComponent(cartId)}/shipping-methods`, { option_id: optionId }, { fields: "id" })
  }
}

/** The payment providers of the cart's region. */
export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.map((p) => p.id)
}

/** The cart's payment collection (created when missing) with a session of this provider. */
export async function startPayment(cartId: string, providerId: string) {
  const { payment_collection } = await storePost<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cartId })
  await storePost(`/store/payment-collections/${encodeURIComponent(payment_collection.id)}/payment-sessions`, { provider_id: providerId })
}

export type Completion = { type: "order"; orderId: string; accessToken: string } | { type: "cart"; message: string | null }

/**
 * Completes the cart: an order, or the cart back with Medusa's reason (e.g. a payment not
 * authorized). With the logged-in customer's token, the order is filed under its account (the
 * backend files a cart under an account only when the account completes it).
 */
export async function completeCart(cartId: string, customerToken: string | null = null): Promise<Completion> {
  const answer = await storePost<{ type: string; order?: { id: string }; error?: { message?: string } }>(
    `/store/carts/${encodeURIComponent(cartId)}/complete`,
    {},
    {},
    customerToken ? customerHeaders(customerToken) : {}
  )
  if (answer.type === "order" && answer.order?.id) {
    // The order's key: the Store API opens an order only to whoever sends it (or its customer).
    const access = await sdk.client.fetch<{ order_id: string; access_token: string }>(`/store/carts/${encodeURIComponent(cartId)}/order-access`)
    return { type: "order", orderId: access.order_id, accessToken: access.access_token }
  }
  return { type: "cart", message: answer.error?.message ?? null }
}
