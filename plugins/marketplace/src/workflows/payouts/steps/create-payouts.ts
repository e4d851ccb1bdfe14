import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { PayoutDue } from "./find-payouts-due"

/**
 * Writes a payout for each balance due. A bank transfer is recorded as paid at once (the
 * association sends it from its own account with this run's list); a Stripe transfer is pending
 * until Stripe has taken it. Written before any money moves, so a run cut off in between leaves
 * a pending payout that counts against the balance (nothing is paid twice) and names what to
 * check in Stripe. Compensation removes them.
 */
export const createPayoutsStep = createStep(
  "create-payouts",
  async (input: { due: PayoutDue[]; covers_until: Date }, { container }) => {
    if (!input.due.length) return new StepResponse([], [])
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const payouts = await ledger.createPayouts(
      input.due.map((due) => ({
        producer_id: due.producer_id,
        currency_code: due.currency_code,
        amount: due.amount,
        covers_until: input.covers_until,
        method: due.method,
        status: due.method === "bank_transfer" ? ("paid" as const) : ("pending" as const),
      }))
    )
    return new StepResponse(payouts.map((payout) => payout.id), payouts.map((payout) => payout.id))
  },
  async (payoutIds, { container }) => {
    if (payoutIds?.length) await container.resolve<LedgerModuleService>(LEDGER_MODULE).deletePayouts(payoutIds)
  }
)
