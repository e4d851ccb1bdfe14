import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "../../lib/i18n"
import { localeQuery, sdk, StoreApiError, storePost } from "../../lib/medusa"
import { customerHeaders, tokenClaims } from "./session"

/**
 * The customer's account through Medusa's own customer auth and Store API. Every call that
 * acts for a customer carries its token in the request (never in the shared sdk's storage: it
 * serves every visitor of this server).
 */

export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null }
export type OrderSummary = Pick<HttpTypes.StoreOrder, "id" | "display_id" | "created_at" | "total" | "currency_code">

const isUnauthorized = (error: unknown) => error instanceof FetchError && error.status === 401

/** Logs a customer in: its token, or null when e-mail and password do not match an account. */
export async function logIn(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await storePost<{ token: string }>("/auth/customer/emailpass", { email, password })
    return token
  } catch (error) {
    if (isUnauthorized(error)) return null
    throw error
  }
}

export type Registration = { ok: true; token: string } | { ok: false; reason: "exists" }

/**
 * Registers a customer as Medusa documents it: an auth identity (`/auth/customer/emailpass/register`),
 * the customer made with that identity's token (`POST /store/customers`), then a login. An
 * address that has an identity already is refused ("exists") — unless the password is its own
 * and no customer was ever made for it (a registration cut off half-way), which is finished now.
 */
export async function registerCustomer(values: { email: string; password: string; first_name: string; last_name: string }): Promise<Registration> {
  let identityToken: string
  try {
    ;({ token: identityToken } = await storePost<{ token: string }>("/auth/customer/emailpass/register", { email: values.email, password: values.password }))
  } catch (error) {
    if (!isUnauthorized(error)) throw error
    const token = await logIn(values.email, values.password)
    if (!token) return { ok: false, reason: "exists" }
    // The password is right: the account exists (log in) or its customer is missing (make it).
    if (tokenClaims(token)?.actor_id) return { ok: true, token }
    identityToken = token
  }
  await storePost(
    "/store/customers",
    { email: values.email, first_name: values.first_name, last_name: values.last_name },
    { fields: "id" },
    customerHeaders(identityToken)
  )
  const token = await logIn(values.email, values.password)
  if (!token) throw new Error("A customer just registered could not log in")
  return { ok: true, token }
}

/** The logged-in customer, or null when the token no longer opens an account. */
export async function loadCustomer(token: string): Promise<Customer | null> {
  try {
    const { customer } = await sdk.client.fetch<{ customer: Customer }>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name" },
      headers: customerHeaders(token),
    })
    return customer
  } catch (error) {
    if (isUnauthorized(error)) return null
    throw error
  }
}

/** The customer's orders, newest first (Medusa answers a customer its own orders only). */
export async function listOrders(token: string, locale: Locale): Promise<OrderSummary[]> {
  const { orders } = await sdk.client.fetch<{ orders: OrderSummary[] }>("/store/orders", {
    query: { fields: "id,display_id,created_at,total,currency_code", order: "-created_at", limit: 50, ...localeQuery(locale) },
    headers: customerHeaders(token),
  })
  return orders
}

/**
 * Files the cart under the logged-in customer (Medusa's `POST /store/carts/:id/customer`; the
 * same customer again changes nothing), so its order lands in the account. False when Medusa
 * refused (a cart of another customer, a completed cart, an expired login).
 */
export async function attachCart(cartId: string, token: string): Promise<boolean> {
  try {
    await storePost(`/store/carts/${encodeURIComponent(cartId)}/customer`, {}, { fields: "id" }, customerHeaders(token))
    return true
  } catch (error) {
    if (error instanceof StoreApiError && Number(error.status) < 500) return false
    throw error
  }
}
