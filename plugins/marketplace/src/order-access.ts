import { createHmac, timingSafeEqual, type KeyObject } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Who may read a guest order through the Store API: whoever holds its access token — the
 * shopper, who gets it with the completed cart and in every mail's order link. Medusa alone
 * answers `GET /store/orders/:id` to anyone who knows the id, and producers learn the ids of
 * the orders they deliver; the token is what they never see.
 *
 * The token is an HMAC of the order id under the backend's JWT secret (a production start
 * refuses a missing or known one): nothing to store, nothing to migrate, the same token
 * however often it is asked for.
 */
export const ORDER_ACCESS_HEADER = "x-order-access-token"

type AccessSecret = string | Buffer | KeyObject

export function orderAccessToken(secret: AccessSecret, orderId: string): string {
  return createHmac("sha256", secret).update(`order-access:${orderId}`).digest("base64url")
}

/** Whether `token` opens order `orderId` (compared in constant time). */
export function opensOrder(secret: AccessSecret, orderId: string, token: unknown): boolean {
  if (typeof token !== "string" || !token) return false
  const expected = Buffer.from(orderAccessToken(secret, orderId))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The secret the tokens are made with: the backend's JWT secret. */
export function orderAccessSecret(container: MedusaContainer): AccessSecret {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const secret = config.projectConfig.http.jwtSecret
  if (!secret) throw new Error("The backend has no JWT secret to make order access tokens with")
  return secret as AccessSecret
}
