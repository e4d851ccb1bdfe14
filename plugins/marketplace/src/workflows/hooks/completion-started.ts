import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { CHECKOUT_MODULE } from "../../modules/checkout"
import type CheckoutModuleService from "../../modules/checkout/service"

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
    // An attempt cut off earlier and not yet undone keeps its start: what it left is found by it.
    // A cart completed for good (no attempt left) only answers its order again.
    if (earlier || cart.completed_at) return new StepResponse(undefined, undefined)
    const attempt = await checkout.createCompletionAttempts({ cart_id: cart.id, started_at: new Date() })
    return new StepResponse(undefined, attempt.id)
  },
  async (attemptId, { container }) => {
    // The completion failed and Medusa undid what it had made: nothing is left to recover.
    if (attemptId) await container.resolve<CheckoutModuleService>(CHECKOUT_MODULE).deleteCompletionAttempts(attemptId)
  }
)
