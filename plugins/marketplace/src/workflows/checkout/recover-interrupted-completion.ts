import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  deleteEntitiesStep,
  deleteReservationsByLineItemsStep,
  dismissRemoteLinkStep,
  releaseLockStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import { endCompletionAttemptStep } from "./steps/end-completion-attempt"
import { findInterruptedCompletionStep } from "./steps/find-interrupted-completion"

/**
 * Undoes what a cart completion cut off by a killed process left behind — orders without their
 * parts, their reservations and links, the cart marked completed — so the cart can be completed
 * again and becomes one order (the shopper's payment, if it was authorized, is reused: Medusa
 * authorizes a session once). Takes the cart's lock, as Medusa's completion does, so it never
 * touches a completion that is still running; a whole order is left as it is.
 */
export const recoverInterruptedCompletionWorkflow = createWorkflow(
  "recover-interrupted-completion",
  (input: { cart_id: string }) => {
    // The key and times of completeCartWorkflow's own lock on the cart.
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
    const found = findInterruptedCompletionStep(input)
    deleteReservationsByLineItemsStep(transform(found, (found) => found.line_item_ids))
    dismissRemoteLinkStep(transform(found, (found) => found.links))
    deleteEntitiesStep(
      transform(found, (found) => ({
        moduleRegistrationName: Modules.ORDER,
        invokeMethod: "softDeleteOrders",
        compensateMethod: "restoreOrders",
        data: found.order_ids,
      }))
    )
    when("reopen-interrupted-cart", found, (found) => found.reopen_cart).then(() => {
      updateCartsStep(transform(found, (found) => [{ id: found.cart_id, completed_at: null }]))
    })
    endCompletionAttemptStep(found)
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(transform(found, (found) => ({ recovered: !!found.attempt_id, undone_order_ids: found.order_ids })))
  }
)
