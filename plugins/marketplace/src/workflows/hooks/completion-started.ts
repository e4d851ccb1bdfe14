import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { CHECKOUT_MODULE } from "../../modules/checkout"
import type CheckoutModuleService from "../../modules/checkout/service"
import { undoInterruptedCompletionWorkflow } from "../checkout/undo-interrupted-completion"

/**
 * Medusa's cart completion writes the order, its links, its reservations and the payment in
 * separate steps, each committed on its own: a process killed between two of them leaves an
 * order without its link, its reservations or its parts, and nothing compensates it. So each
 * completion files an attempt here, under the cart's lock and before any of that, and removes it
 * with the order's parts (hooks/order-created.ts); one left over is what workflows/checkout
 * undoes before the cart is completed again.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const checkout = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
    const [earlier] = await checkout.listCompletionAttempts({ cart_id: cart.id }, { select: ["id"] })
    if (earlier) {
      // We hold the cart's lock, so that completion is dead. The shop's own route undid it before
      // (api/store/carts/recover-before-completion.ts); one started otherwise (a payment webhook)
      // gets here with it. Orders it made without linking them are undone now. One it linked to
      // the cart was already read by this completion, which answers it instead of making one:
      // the attempt stays for the minute job (jobs/recover-interrupted-completions.ts).
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: linked } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
      if (linked.length) return new StepResponse(undefined, undefined)
      await undoInterruptedCompletionWorkflow(container).run({ input: { cart_id: cart.id } })
    } else if (cart.completed_at) {
      // Completed for good (no attempt left): this completion only answers its order again.
      return new StepResponse(undefined, undefined)
    }
    const attempt = await checkout.createCompletionAttempts({ cart_id: cart.id, started_at: new Date() })
    return new StepResponse(undefined, attempt.id)
  },
  async (attemptId, { container }) => {
    // The completion failed and Medusa undid what it had made: nothing is left to recover.
    if (attemptId) await container.resolve<CheckoutModuleService>(CHECKOUT_MODULE).deleteCompletionAttempts(attemptId)
  }
)
