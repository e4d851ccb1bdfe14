import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"

/**
 * Whether an error is Medusa's Locking Module giving up on a busy lock. Its in-memory and
 * PostgreSQL providers throw plain Errors ("Timed-out acquiring lock.", "Failed to acquire lock
 * for key …"), which Medusa's error handler turns into an anonymous 500; a workflow's error may
 * reach the route serialized, so the text is what is matched.
 */
export function isLockTimeout(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && /Timed-out acquiring lock|Failed to acquire lock for key/.test(message)
}

const CART_COMPLETION = /^\/store\/carts\/([^/?#]+)\/complete\/?(?:[?#]|$)/

type Answer = { status: number; body: { type: string; message: string } }

/**
 * The answer to a request that waited too long for a lock — in a shop, mostly many shoppers
 * completing carts with the last units of one item at once: each waits for that item's lock in
 * turn, and the last give up. The workflow has rolled back, so nothing was ordered or charged.
 * A cart whose items are sold out by now is told so (400, as Medusa answers a shortfall it
 * finds itself); any other request may simply try again (409).
 */
export async function lockTimeoutAnswer(req: MedusaRequest): Promise<Answer> {
  const soldOut = await soldOutAnswer(req)
  if (soldOut) return soldOut
  return {
    status: 409,
    body: {
      type: "conflict",
      message: "Many people are buying the same item right now and this request waited too long. Nothing was ordered or charged; please try again.",
    },
  }
}

/**
 * For a cart completion whose items are sold out by now: the 400 Medusa would answer after
 * running (and rolling back) the whole completion, without running it. Undefined for any other
 * request, a cart already completed (completing it again answers its order) or one that can
 * still be filled.
 */
export async function soldOutAnswer(req: MedusaRequest): Promise<Answer | undefined> {
  const cartId = CART_COMPLETION.exec(req.originalUrl ?? req.url ?? "")?.[1]
  if (!cartId) return undefined
  let id: string
  try {
    id = decodeURIComponent(cartId)
  } catch {
    return undefined
  }
  const soldOut = await soldOutItems(req, id).catch(() => [])
  if (!soldOut.length) return undefined
  return {
    status: 400,
    body: { type: "not_allowed", message: `Not enough stock left for ${soldOut.join(", ")}. Nothing was ordered or charged.` },
  }
}

/** The titles of the cart's stock-managed lines that the cart's sales channel cannot fill any more. */
async function soldOutItems(req: MedusaRequest, cartId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "completed_at", "items.title", "items.quantity", "items.variant_id", "items.variant.manage_inventory", "items.variant.allow_backorder"],
    filters: { id: cartId },
  })
  const cart = data[0] as
    | { sales_channel_id?: string | null; completed_at?: string | Date | null; items?: ({ title: string; quantity: number; variant_id?: string | null; variant?: { manage_inventory?: boolean; allow_backorder?: boolean } | null } | null)[] }
    | undefined
  if (!cart?.sales_channel_id || cart.completed_at) return []
  const managed = (cart.items ?? []).filter(
    (item): item is NonNullable<typeof item> & { variant_id: string } => !!item?.variant_id && !!item.variant?.manage_inventory && !item.variant?.allow_backorder
  )
  if (!managed.length) return []
  const availability = await getVariantAvailability(query, {
    variant_ids: [...new Set(managed.map((item) => item.variant_id))],
    sales_channel_id: cart.sales_channel_id,
  })
  return managed.filter((item) => (availability[item.variant_id]?.availability ?? 0) < Number(item.quantity)).map((item) => item.title)
}
