import { acquireLockStep, createOrderShipmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrderPartEvents } from "../../order-part-events"
import type { OrderPartActionInput } from "./fulfil-order-part"
import { orderPartEvent } from "./order-part-event"
import { loadOrderPartStep } from "./steps/load-order-part"
import { lockKeyOfPartStep } from "./steps/lock-key-of-part"
import { followersOf, setOrderPartStatusStep } from "./steps/set-order-part-status"
import { validateOrderPartActionStep } from "./steps/validate-order-part-action"

/** A packed delivery or parcel part left the producer: Medusa's shipment of its fulfillment, with the parcel's tracking number where there is one. */
export const shipOrderPartWorkflow = createWorkflow(
  "ship-order-part",
  (input: OrderPartActionInput & { tracking_number?: string; tracking_url?: string }) => {
    const lockKey = lockKeyOfPartStep(input)
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 60 })
    const part = loadOrderPartStep(input)
    const decision = validateOrderPartActionStep({ part, action: "ship" })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ part, input }, ({ part, input }) => ({
        order_id: part.order_id,
        fulfillment_id: part.fulfillment_id!,
        items: part.items,
        created_by: input.actor_id,
        labels: input.tracking_number
          ? [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }]
          : [],
      })),
    })
    setOrderPartStatusStep(transform({ input, part, decision }, ({ input, part, decision }) => ({ id: input.id, status: decision.status, followers: followersOf(part) })))
    emitEventStep(orderPartEvent(part, OrderPartEvents.SHIPPED))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ input, decision }, ({ input, decision }) => ({ id: input.id, status: decision.status })))
  }
)
