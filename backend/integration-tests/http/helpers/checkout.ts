import type { Headers } from "./http"

/** A German shopper's address, for both shipping and billing. */
export const SHOPPER_ADDRESS = {
  first_name: "Erika",
  last_name: "Musterfrau",
  address_1: "Grüner Markt 1",
  city: "Bamberg",
  postal_code: "96047",
  country_code: "de",
}

/** The ways of delivery a shopper takes by default, most wanted first. */
const PREFERRED_DELIVERY = ["parcel", "delivery", "pickup"]

/**
 * One shipping option per shipping profile (= per producer) among those Medusa lists for the
 * cart: of each producer's, the first of `preferred` it offers. A way is named by the option's
 * `data.kind` ("pickup" is the producer's own place, "market_pickup" a weekly market's stand),
 * else by its type code.
 */
export function shippingChoices(
  options: { id: string; shipping_profile_id: string; type?: { code?: string }; data?: { kind?: unknown } | null }[],
  preferred = PREFERRED_DELIVERY
) {
  const byProfile = new Map<string, typeof options>()
  for (const option of options) byProfile.set(option.shipping_profile_id, [...(byProfile.get(option.shipping_profile_id) ?? []), option])
  const rank = (option: (typeof options)[number]) => {
    const index = preferred.indexOf(typeof option.data?.kind === "string" ? option.data.kind : (option.type?.code ?? ""))
    return index === -1 ? preferred.length : index
  }
  return [...byProfile.values()].map((group) => [...group].sort((a, b) => rank(a) - rank(b))[0].id)
}

/**
 * Medusa's documented checkout up to the last step: a cart in the shop's region with these
 * lines, an e-mail and address, a shipping method for each producer's goods, a payment session
 * with `provider` (Medusa's system provider unless told). Options: the cart's `locale` (e.g.
 * "en-GB", as the storefront's checkout sets it), the ways of `delivery` preferred, most wanted
 * first, and the payment `provider`. Answers the cart's id, ready for `POST /store/carts/:id/complete`.
 */
export async function readyCart(
  api: any,
  headers: Headers,
  lines: { variant_id: string; quantity: number }[],
  email = "erika@example.org",
  { locale, delivery = PREFERRED_DELIVERY, provider = "pp_system_default" }: { locale?: string; delivery?: string[]; provider?: string } = {}
) {
  const { data: regionData } = await api.get("/store/regions", headers)
  const { data: created } = await api.post("/store/carts", { region_id: regionData.regions[0].id }, headers)
  const cartId: string = created.cart.id
  for (const line of lines) {
    await api.post(`/store/carts/${cartId}/line-items`, line, headers)
  }
  // With the checkout's language as the cart's locale, as the storefront's address step sends it.
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS, ...(locale ? { locale } : {}) }, headers)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  for (const optionId of shippingChoices(options.shipping_options, delivery)) {
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, headers)
  }
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: provider }, headers)
  return cartId
}
