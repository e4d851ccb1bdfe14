import { acquireLockStep, createOrderFulfillmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrderPartEvents } from "../../order-part-events"
import { captureAuthorisedPayment, isOnlyAuthorised } from "./capture-authorised-payment"
import { orderPartEvent } from "./order-part-event"
import { loadOrderPartStep } from "./steps/load-order-part"
import { lockKeyOfPartStep } from "./steps/lock-key-of-part"
import { followersOf, setOrderPartStatusStep } from "./steps/set-order-part-status"
import { validateOrderPartActionStep } from "./steps/validate-order-part-action"

export type OrderPartActionInput = { id: string; actor_id: string }

/**
 * The producer packed its part: a Medusa fulfillment of all the part's items at its own stock
 * location with its own shipping method (stock leaves the shelf, the reservation is used up; a
 * Genusspaket's components leave their makers' shelves, and the parts holding only them follow).
 * A pickup part then waits for the shopper ("ready_for_pickup"), any other is "fulfilled". The
 * order's payment is captured now if it was only authorised: goods are on their way.
 */
export const fulfilOrderPartWorkflow = createWorkflow("fulfil-order-part", (input: OrderPartActionInput) => {
  const lockKey = lockKeyOfPartStep(input)
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 60 })
  const part = loadOrderPartStep(input)
  const decision = validateOrderPartActionStep({ part, action: "fulfil" })
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ part, input }, ({ part, input }) => ({
      order_id: part.order_id,
      items: part.items,
      // No location: the fulfillment is the producer's (its shipping option's location), and
      // each item's stock leaves the shelf it was reserved at — a Genusspaket's components
      // their makers' shelves, not the host's.
      shipping_option_id: part.shipping_option_id ?? undefined,
      created_by: input.actor_id,
    })),
  })
  captureAuthorisedPayment(
    "capture-on-fulfilment",
    transform({ part, input }, ({ part, input }) => ({ wanted: isOnlyAuthorised(part), payment_id: part.payment?.id, actor_id: input.actor_id }))
  )
  setOrderPartStatusStep(
    transform({ input, part, decision, fulfillment }, ({ input, part, decision, fulfillment }) => ({
      id: input.id,
      status: decision.status,
      fulfillment_id: fulfillment.id,
      followers: followersOf(part),
    }))
  )
  emitEventStep(orderPartEvent(part, transform(decision, ({ status }) => (status === "ready_for_pickup" ? OrderPartEvents.READY_FOR_PICKUP : OrderPartEvents.FULFILLED))))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ input, decision }, ({ input, decision }) => ({ id: input.id, status: decision.status })))
})
