import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { captureAuthorisedPayment, isOnlyAuthorised } from "./capture-authorised-payment"
import { recordRefundEntryStep } from "./steps/record-refund-entry"
import type { OrderPartState } from "./steps/load-order-part"

/**
 * Inside a part workflow: gives `amount` of the part back to the shopper from the order's one
 * payment. The payment is captured first where it was only authorised (the shopper paid once
 * for every part; the others keep their money), the ledger entry reversing the sale is written,
 * and the refund at the payment provider comes last, as the one step nothing can undo.
 */
export function giveMoneyBack(part: WorkflowData<OrderPartState>, amount: WorkflowData<number>, actorId: string | WorkflowData<string>) {
  const money = transform({ part, amount, actorId }, ({ part, amount, actorId }) => ({
    payment_id: part.payment?.id as string,
    amount,
    actor_id: actorId,
    wanted: amount > 0 && isOnlyAuthorised(part),
  }))
  captureAuthorisedPayment("capture-before-refund", money)
  when("refund-part", money, (money) => money.amount > 0).then(() => {
    recordRefundEntryStep({ part, amount })
    refundPaymentWorkflow.runAsStep({
      input: transform(money, (money) => ({ payment_id: money.payment_id, amount: money.amount, created_by: money.actor_id })),
    })
  })
}
