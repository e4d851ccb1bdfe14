import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * A guest's cart never joins an account by its e-mail alone.
 *
 * Medusa files a cart under a registered customer as soon as the cart is given that customer's
 * e-mail (`findOrCreateCustomerStep` takes an account with the address before a guest record),
 * and the order then shows in that account's `GET /store/orders` and opens on its login. Nobody
 * checks an address at registration, so whoever registered someone's address first would read
 * that person's guest orders, addresses included. Here a cart belongs to an account only when
 * the account itself put it there — made or taken over with its login (`POST /store/carts` or
 * `POST /store/carts/:id/customer` with the customer's token) — or completes it with its login.
 * Everywhere else the cart is given the guest customer of its e-mail, as Medusa does for an
 * address without an account.
 */

type Actor = { actor_type?: string; actor_id?: string }
const actorOf = (req: MedusaRequest): Actor | undefined => (req as MedusaRequest & { auth_context?: Actor }).auth_context

/** Whether the request carries a customer's login. */
const loggedInCustomer = (req: MedusaRequest): string | null => {
  const actor = actorOf(req)
  return actor?.actor_type === "customer" && actor.actor_id ? actor.actor_id : null
}

/** The guest customer of an e-mail (Medusa's own record for an address without an account), made when missing. */
async function guestCustomerOf(container: MedusaContainer, email: string): Promise<string> {
  const customers = container.resolve(Modules.CUSTOMER)
  const find = async () => (await customers.listCustomers({ email, has_account: false }, { select: ["id"], take: 1 }))[0]?.id
  const found = await find()
  if (found) return found
  try {
    return (await customers.createCustomers({ email })).id
  } catch (error) {
    // Two requests made it at once (one guest per address is a unique index): take the other's.
    const raced = await find()
    if (raced) return raced
    throw error
  }
}

async function hasAccount(container: MedusaContainer, email: string): Promise<boolean> {
  const customers = container.resolve(Modules.CUSTOMER)
  return (await customers.listCustomers({ email, has_account: true }, { select: ["id"], take: 1 })).length > 0
}

async function cartOf(container: MedusaContainer, cartId: string) {
  const {
    data: [cart],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    filters: { id: cartId },
    fields: ["id", "email", "completed_at", "customer_id", "customer.has_account"],
  })
  return cart as { id: string; email: string | null; completed_at: string | null; customer_id: string | null; customer?: { has_account?: boolean } | null } | undefined
}

const setCustomer = (container: MedusaContainer, cartId: string, customerId: string | null) =>
  container.resolve(Modules.CART).updateCarts(cartId, { customer_id: customerId })

/**
 * Before a guest gives a cart an e-mail (`POST /store/carts/:id`): when an account has that
 * address, the cart gets the address's guest customer first, so Medusa keeps it a guest's.
 * A cart already filed under an account (made or taken over with its login) is left to it.
 */
export async function keepGuestCartOnUpdate(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = (req.body as { email?: unknown } | undefined)?.email
  // Medusa's validator refuses anything that is not an e-mail; it compares addresses in lower case.
  if (typeof email !== "string" || !email.includes("@") || loggedInCustomer(req)) return next()
  const address = email.trim().toLowerCase()
  const cart = await cartOf(req.scope, req.params.id)
  if (!cart || cart.completed_at || cart.customer?.has_account) return next()
  if (await hasAccount(req.scope, address)) await setCustomer(req.scope, cart.id, await guestCustomerOf(req.scope, address))
  next()
}

/**
 * Before a cart becomes an order (`POST /store/carts/:id/complete`): a cart filed under an
 * account becomes that account's order only when the account completes it with its login;
 * completed by anyone else (or made with the account's e-mail by a guest), the order is a
 * guest order of the cart's e-mail.
 */
export async function keepGuestCartOnCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cart = await cartOf(req.scope, req.params.id)
  if (!cart || cart.completed_at || !cart.customer?.has_account || cart.customer_id === loggedInCustomer(req)) return next()
  await setCustomer(req.scope, cart.id, cart.email ? await guestCustomerOf(req.scope, cart.email.toLowerCase()) : null)
  next()
}
