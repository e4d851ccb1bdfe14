import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHECKOUT_MODULE } from "../../../modules/checkout"
import type CheckoutModuleService from "../../../modules/checkout/service"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export type InterruptedCompletion = {
  cart_id: string
  /** The attempt left behind, undefined when the cart has none (nothing to recover). */
  attempt_id?: string
  /** Orders the cut-off completion made and did not finish: none of them has its parts. */
  order_ids: string[]
  /** Their line items (whose reservations go with them). */
  line_item_ids: string[]
  /** Their links to the cart, the cart's payment collection and promotions. */
  links: Record<string, Record<string, string>>[]
  /** Whether the cart was marked completed by it (it is opened again). */
  reopen_cart: boolean
}

type OrderFound = {
  id: string
  created_at: string | Date
  items?: { id: string; variant_id: string | null; detail?: { quantity: number } }[]
  cart?: { id: string } | null
  payment_collections?: { id: string }[]
  promotions?: { id: string }[]
}

const itemsKey = (items: { variant_id?: string | null; quantity: number | string }[] = []) =>
  items
    .map((item) => `${item.variant_id}×${Number(item.quantity)}`)
    .sort()
    .join(",")

/**
 * What a completion cut off by a killed process left of a cart's order. Runs under the cart's
 * lock, so no completion of this cart is running: an attempt still filed is a dead one. Its
 * orders are the one linked to the cart if that has no parts (an order with parts is whole: the
 * process died only after it), and any order made since the attempt began for the cart's e-mail
 * with exactly the cart's items that never got its link to a cart.
 */
export const findInterruptedCompletionStep = createStep(
  "find-interrupted-completion",
  async (input: { cart_id: string }, { container }) => {
    const checkout = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
    const [attempt] = await checkout.listCompletionAttempts({ cart_id: input.cart_id }, { select: ["id", "started_at"] })
    const nothing: InterruptedCompletion = { cart_id: input.cart_id, order_ids: [], line_item_ids: [], links: [], reopen_cart: false }
    if (!attempt) return new StepResponse(nothing)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "email", "completed_at", "items.variant_id", "items.quantity"],
      filters: { id: input.cart_id },
    })
    if (!cart) return new StepResponse({ ...nothing, attempt_id: attempt.id })

    const orderFields = ["id", "created_at", "items.id", "items.variant_id", "items.detail.quantity", "cart.id", "payment_collections.id", "promotions.id"]
    const { data: linkedOrders } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
    const linkedIds = linkedOrders.map((link: { order_id: string }) => link.order_id)
    const { data: sameShopper } = cart.email
      ? await query.graph({
          entity: "order",
          fields: orderFields,
          filters: { email: cart.email, created_at: { $gte: attempt.started_at }, is_draft_order: false },
        })
      : { data: [] }
    const { data: linked } = linkedIds.length ? await query.graph({ entity: "order", fields: orderFields, filters: { id: linkedIds } }) : { data: [] }

    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const candidates = new Map<string, OrderFound>()
    for (const order of linked as OrderFound[]) candidates.set(order.id, order)
    const cartItems = itemsKey(cart.items ?? [])
    for (const order of sameShopper as OrderFound[]) {
      // An order's quantities are its items' details (Medusa's order_item).
      const orderItems = (order.items ?? []).map((item) => ({ variant_id: item.variant_id, quantity: item.detail?.quantity ?? 0 }))
      if (!order.cart && itemsKey(orderItems) === cartItems) candidates.set(order.id, order)
    }
    const withParts = candidates.size
      ? new Set((await ledger.listOrderParts({ order_id: [...candidates.keys()] }, { select: ["order_id"] })).map((part) => part.order_id))
      : new Set<string>()
    const unfinished = [...candidates.values()].filter((order) => !withParts.has(order.id))

    const links: InterruptedCompletion["links"] = []
    for (const order of unfinished) {
      if (order.cart) links.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: order.cart.id } })
      for (const collection of order.payment_collections ?? []) {
        links.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: collection.id } })
      }
      for (const promotion of order.promotions ?? []) {
        links.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.PROMOTION]: { promotion_id: promotion.id } })
      }
    }
    // The cart stays completed only if its linked order is whole.
    const whole = linkedIds.some((id) => withParts.has(id))
    return new StepResponse<InterruptedCompletion>({
      cart_id: cart.id,
      attempt_id: attempt.id,
      order_ids: unfinished.map((order) => order.id),
      line_item_ids: unfinished.flatMap((order) => (order.items ?? []).map((item) => item.id)),
      links,
      reopen_cart: !!cart.completed_at && !whole,
    })
  }
)
