import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteEntitiesStep, deleteReservationsByLineItemsStep, dismissRemoteLinkStep, updateCartsStep } from "@medusajs/medusa/core-flows"
import { endCompletionAttemptStep } from "./steps/end-completion-attempt"
import { findInterruptedCompletionStep } from "./steps/find-interrupted-completion"

/**
 * Undoes what a cart completion cut off by a killed process left behind — orders without their
 * parts, their reservations and links, the cart marked completed — and closes its attempt. The
 * caller holds the cart's lock (recover-interrupted-completion.ts takes it; the completion's own
 * hook already has it), so no completion of the cart is running.
 */
export const undoInterruptedCompletionWorkflow = createWorkflow("undo-interrupted-completion", (input: { cart_id: string }) => {
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
  return new WorkflowResponse(transform(found, (found) => ({ recovered: !!found.attempt_id, undone_order_ids: found.order_ids })))
})
