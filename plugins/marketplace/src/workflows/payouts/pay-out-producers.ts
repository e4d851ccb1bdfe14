import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createPayoutsStep } from "./steps/create-payouts"
import { findPayoutsDueStep } from "./steps/find-payouts-due"
import { transferPayoutsStep } from "./steps/transfer-payouts"

/** One run at a time: two association members pressing "pay out" together must not both pay a balance. */
export const PAYOUT_RUN_LOCK = "marketplace-payout-run"

/**
 * A payout run: every producer (or only `producer_ids`) is paid what it is owed for its ledger
 * entries written before `covers_until`, by the configured method (bank transfer recorded, or a
 * Stripe Connect transfer). Under one lock, so concurrent runs pay each balance once.
 */
export const payOutProducersWorkflow = createWorkflow(
  "pay-out-producers",
  (input: { covers_until: Date; producer_ids?: string[] }) => {
    acquireLockStep({ key: PAYOUT_RUN_LOCK, timeout: 60, ttl: 300 })
    const { due, waiting } = findPayoutsDueStep(input)
    const payoutIds = createPayoutsStep(transform({ due, input }, ({ due, input }) => ({ due, covers_until: input.covers_until })))
    transferPayoutsStep({ payout_ids: payoutIds })
    releaseLockStep({ key: PAYOUT_RUN_LOCK })
    return new WorkflowResponse({ payout_ids: payoutIds, waiting })
  }
)
