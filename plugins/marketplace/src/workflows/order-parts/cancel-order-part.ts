import { acquireLockStep, deleteReservationsByLineItemsStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrderPartEvents } from "../../order-part-events"
import type { OrderPartActionInput } from "./fulfil-order-part"
import { giveMoneyBack, refundsOfCancel, totalOf } from "./give-money-back"
import { orderPartEvent } from "./order-part-event"
import { loadOrderPartStep } from "./steps/load-order-part"
import { lockKeyOfPartStep } from "./steps/lock-key-of-part"
import { followersOf, setOrderPartStatusStep } from "./steps/set-order-part-status"
import { validateOrderPartActionStep } from "./steps/validate-order-part-action"

/**
 * The producer (or the association) calls off a part before it was packed: its items' stock
 * reservations are released, so others can buy them again, and all the money of the part goes
 * back to the shopper with a ledger entry reversing its sale. A Genusspaket it would have sent
 * is called off with it: its components' reservations go too, and so does each maker's share of
 * it. The other parts of the order go on.
 */
export const cancelOrderPartWorkflow = createWorkflow("cancel-order-part", (input: OrderPartActionInput) => {
  const lockKey = lockKeyOfPartStep(input)
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 60 })
  const part = loadOrderPartStep(input)
  const decision = validateOrderPartActionStep({ part, action: "cancel" })
  deleteReservationsByLineItemsStep(transform(part, (part) => part.items.map((item) => item.id)))
  setOrderPartStatusStep(transform({ input, part, decision }, ({ input, part, decision }) => ({ id: input.id, status: decision.status, followers: followersOf(part) })))
  const refunds = transform({ part, decision }, ({ part, decision }) => refundsOfCancel(part, decision.refund))
  const refund = transform(refunds, totalOf)
  giveMoneyBack(part, refunds, input.actor_id)
  emitEventStep(orderPartEvent(part, OrderPartEvents.CANCELED)).config({ name: "emit-order-part-canceled" })
  when("announce-cancel-refund", refund, (refund) => refund > 0).then(() => {
    emitEventStep(orderPartEvent(part, OrderPartEvents.REFUNDED, refund)).config({ name: "emit-order-part-refunded" })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ input, decision, refund }, ({ input, decision, refund }) => ({ id: input.id, status: decision.status, refunded: refund })))
})
