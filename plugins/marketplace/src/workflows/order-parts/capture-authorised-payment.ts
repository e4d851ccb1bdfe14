import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { OrderPartState } from "./steps/load-order-part"

/** Whether the order's payment is still (partly) only authorised: a cent's fraction is rounding, not money. */
export const isOnlyAuthorised = (part: OrderPartState) => !!part.payment && part.payment.amount - part.payment.captured > 0.001

/**
 * Inside a part workflow: captures the order's one payment (all of it — the shopper paid once for
 * every part) when `capture.wanted`; named by the workflow's step that asks for it.
 */
export function captureAuthorisedPayment(name: string, capture: WorkflowData<{ wanted: boolean; payment_id?: string; actor_id: string }>) {
  when(name, capture, (capture) => capture.wanted).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform(capture, (capture) => ({ payment_id: capture.payment_id as string, captured_by: capture.actor_id })),
    })
  })
}
