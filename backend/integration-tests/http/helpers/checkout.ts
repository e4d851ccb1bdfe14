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

/**
 * Medusa's documented checkout up to the last step: a cart in the shop's region with these
 * lines, an e-mail and address, the one shipping option, a payment session with Medusa's system
 * provider. Answers the cart's id, ready for `POST /store/carts/:id/complete`.
 */
export async function readyCart(api: any, headers: Headers, lines: { variant_id: string; quantity: number }[], email = "erika@example.org") {
  const { data: regionData } = await api.get("/store/regions", headers)
  const { data: created } = await api.post("/store/carts", { region_id: regionData.regions[0].id }, headers)
  const cartId: string = created.cart.id
  for (const line of lines) {
    await api.post(`/store/carts/${cartId}/line-items`, line, headers)
  }
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS }, headers)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  if (options.shipping_options.length !== 1) throw new Error(`expected the seed's one shipping option, got ${options.shipping_options.length}`)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
  return cartId
}
