import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { OrderPartEvents, type OrderPartEventData } from "../../order-part-events"
import { loadUnpaidOrderStep } from "./steps/load-unpaid-order"
import { voidOrderPartsStep } from "./steps/void-order-parts"

/**
 * Calls off an order whose payment failed after it was placed (a SEPA debit Stripe reports as
 * failed days later): Medusa cancels the order (its reservations go back on sale, its payment
 * collection is cancelled), every part is cancelled with a void entry (nothing owed, nothing to
 * refund), and each part's shopper mail says why. Under the order's lock, as the part actions:
 * a producer packing at the same moment waits, and then finds the part cancelled.
 */
export const cancelUnpaidOrderWorkflow = createWorkflow("cancel-unpaid-order", (input: { order_id: string }) => {
  const lockKey = transform(input, (input) => `order-parts:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const order = loadUnpaidOrderStep(input)
  when("call-off-unpaid-order", order, (order) => order.call_off).then(() => {
    cancelOrderWorkflow.runAsStep({ input: transform(order, (order) => ({ order_id: order.order_id })) })
    voidOrderPartsStep(transform(order, (order) => order.parts))
    emitEventStep(
      transform(order, (order) => ({
        eventName: OrderPartEvents.VOIDED,
        data: order.parts.map((part) => ({ id: part.id, order_id: part.order_id, producer_id: part.producer_id }) satisfies OrderPartEventData),
      }))
    ).config({ name: "emit-order-parts-voided" })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform(order, (order) => ({ order_id: order.order_id, called_off: order.call_off, packed: order.packed, parts: order.parts.length })))
})
