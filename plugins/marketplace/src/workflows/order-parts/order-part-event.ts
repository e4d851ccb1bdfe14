import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { OrderPartEventData, OrderPartEventName } from "../../order-part-events"
import type { OrderPartState } from "./steps/load-order-part"

/** The input of `emitEventStep` for an event about this part. */
export const orderPartEvent = (
  part: WorkflowData<OrderPartState>,
  eventName: OrderPartEventName | WorkflowData<OrderPartEventName>,
  amount?: WorkflowData<number>
) =>
  transform({ part, eventName, amount }, ({ part, eventName, amount }) => ({
    eventName,
    data: { id: part.id, order_id: part.order_id, producer_id: part.producer_id, ...(amount ? { amount } : {}) } satisfies OrderPartEventData,
  }))
