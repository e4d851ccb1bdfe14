import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { refundableOfPart } from "../../modules/ledger"
import { captureAuthorisedPayment, isOnlyAuthorised } from "./capture-authorised-payment"
import { recordRefundEntriesStep, type PartRefund } from "./steps/record-refund-entries"
import type { OrderPartState } from "./steps/load-order-part"

const cents = (amount: number) => Math.round(amount * 100) / 100

/**
 * What goes back when a part is cancelled: all that remains of it and, of each part holding
 * components of its Genusspakete, that part's share of them (the bundle is not sent at all).
 */
export function refundsOfCancel(part: OrderPartState, amount: number): PartRefund[] {
  return [
    { part_id: part.id, remaining: part.remaining, sale_rate: part.sale_rate, amount },
    ...part.companions.map((companion) => ({
      part_id: companion.id,
      remaining: companion.remaining,
      sale_rate: companion.sale_rate,
      amount: cents(Math.min(companion.bundle_share, refundableOfPart(companion.remaining))),
    })),
  ].filter((refund) => refund.amount > 0)
}

/** All that `refunds` give back. */
export const totalOf = (refunds: PartRefund[]) => cents(refunds.reduce((sum, refund) => sum + refund.amount, 0))

/**
 * Inside a part workflow: gives money of parts back to the shopper from the order's one payment,
 * in one refund. The payment is captured first where it was only authorised (the shopper paid
 * once for every part; the others keep their money), the ledger entries reversing the parts'
 * sales are written, and the refund at the payment provider comes last, as the one step nothing
 * can undo.
 */
export function giveMoneyBack(part: WorkflowData<OrderPartState>, refunds: WorkflowData<PartRefund[]>, actorId: string | WorkflowData<string>) {
  const money = transform({ part, refunds, actorId }, ({ part, refunds, actorId }) => {
    const amount = totalOf(refunds)
    return { payment_id: part.payment?.id as string, amount, actor_id: actorId, wanted: amount > 0 && isOnlyAuthorised(part) }
  })
  captureAuthorisedPayment("capture-before-refund", money)
  when("refund-part", money, (money) => money.amount > 0).then(() => {
    recordRefundEntriesStep(refunds)
    refundPaymentWorkflow.runAsStep({
      input: transform(money, (money) => ({ payment_id: money.payment_id, amount: money.amount, created_by: money.actor_id })),
    })
  })
}
