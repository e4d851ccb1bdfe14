import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { undoInterruptedCompletionWorkflow } from "./undo-interrupted-completion"

/**
 * Makes a cart whose completion was cut off by a killed process completable again: under the
 * cart's lock, as Medusa's completion takes it (so a completion still running is waited for,
 * never touched), what the dead one left is undone (undo-interrupted-completion.ts). The cart is
 * then completed as usual and becomes one order; the shopper's payment, if it was authorized, is
 * reused (Medusa authorizes a session once). A whole order is left as it is.
 */
export const recoverInterruptedCompletionWorkflow = createWorkflow(
  "recover-interrupted-completion",
  (input: { cart_id: string }) => {
    // The key and times of completeCartWorkflow's own lock on the cart.
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
    const undone = undoInterruptedCompletionWorkflow.runAsStep({ input })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(undone)
  }
)
