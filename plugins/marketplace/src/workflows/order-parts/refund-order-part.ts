import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrderPartEvents } from "../../order-part-events"
import type { OrderPartActionInput } from "./fulfil-order-part"
import { giveMoneyBack } from "./give-money-back"
import { orderPartEvent } from "./order-part-event"
import { loadOrderPartStep } from "./steps/load-order-part"
import { lockKeyOfPartStep } from "./steps/lock-key-of-part"
import { validateOrderPartActionStep } from "./steps/validate-order-part-action"

/**
 * Money of one part goes back to the shopper — all that remains of it, or `amount` — from the
 * order's one payment, with a ledger entry reversing the sale at its own rate. Under its order's
 * lock, so two refunds at once can never give back more than the part was worth.
 */
export const refundOrderPartWorkflow = createWorkflow("refund-order-part", (input: OrderPartActionInput & { amount?: number }) => {
  const lockKey = lockKeyOfPartStep(input)
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 60 })
  const part = loadOrderPartStep(input)
  const decision = validateOrderPartActionStep({ part, action: "refund", amount: input.amount })
  const refund = transform(decision, (decision) => decision.refund)
  giveMoneyBack(
    part,
    transform({ part, refund }, ({ part, refund }) => [{ part_id: part.id, remaining: part.remaining, sale_rate: part.sale_rate, amount: refund }]),
    input.actor_id
  )
  emitEventStep(orderPartEvent(part, OrderPartEvents.REFUNDED, refund))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ input, decision }, ({ input, decision }) => ({ id: input.id, refunded: decision.refund })))
})
