import { acquireLockStep, emitEventStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrderPartEvents } from "../../order-part-events"
import type { OrderPartActionInput } from "./fulfil-order-part"
import { orderPartEvent } from "./order-part-event"
import { loadOrderPartStep } from "./steps/load-order-part"
import { lockKeyOfPartStep } from "./steps/lock-key-of-part"
import { followersOf, setOrderPartStatusStep } from "./steps/set-order-part-status"
import { validateOrderPartActionStep } from "./steps/validate-order-part-action"

/** The shopper has the part: picked up at the farm shop or market stand, or delivered. Medusa marks its fulfillment delivered. */
export const deliverOrderPartWorkflow = createWorkflow("deliver-order-part", (input: OrderPartActionInput) => {
  const lockKey = lockKeyOfPartStep(input)
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 60 })
  const part = loadOrderPartStep(input)
  const decision = validateOrderPartActionStep({ part, action: "deliver" })
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform(part, (part) => ({ orderId: part.order_id, fulfillmentId: part.fulfillment_id! })),
  })
  setOrderPartStatusStep(transform({ input, part, decision }, ({ input, part, decision }) => ({ id: input.id, status: decision.status, followers: followersOf(part) })))
  emitEventStep(orderPartEvent(part, OrderPartEvents.DELIVERED))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ input, decision }, ({ input, decision }) => ({ id: input.id, status: decision.status })))
})
