import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/**
 * Sends every pending Stripe Connect payout to its producer's connected account: this run's,
 * and any an earlier run wrote but was cut off before Stripe answered. Stripe is asked first
 * whether the payout's transfer already exists (its transfer group is the payout's id), so a
 * resumed payout is never sent twice. A producer's refusal (an account not yet able to receive
 * transfers, the association's Stripe balance too low) fails only that payout, with Stripe's
 * message: its amount stays due for the next run, the others are paid. Compensation reverses
 * the transfers this step made.
 */
export const transferPayoutsStep = createStep(
  "transfer-payouts",
  // `payout_ids` (this run's) only orders the step after the payouts are written: it sends every pending one.
  async (_: { payout_ids: string[] }, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    if (ledger.payoutMethod() !== "stripe_connect") return new StepResponse(0, [])
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const pending = await ledger.listPayouts({ method: "stripe_connect", status: "pending" }, { take: null, order: { created_at: "ASC" } })
    const accounts = pending.length ? await ledger.listSellerAccounts({ producer_id: [...new Set(pending.map((payout) => payout.producer_id))] }) : []
    const made: { payout_id: string; transfer_id: string }[] = []
    for (const payout of pending) {
      const destination = accounts.find((account) => account.producer_id === payout.producer_id)?.stripe_account_id
      try {
        if (!destination) throw new Error("the producer has no connected Stripe account")
        const money = { id: payout.id, amount: Number(payout.amount), currency_code: payout.currency_code, producer_id: payout.producer_id }
        const sent = await ledger.transferOfPayout(payout.id)
        const transferId = sent ?? (await ledger.transferToConnectedAccount(money, destination)).transfer_id
        await ledger.updatePayouts({ id: payout.id, status: "paid", transfer_id: transferId })
        if (!sent) made.push({ payout_id: payout.id, transfer_id: transferId })
      } catch (error) {
        const failure = error instanceof Error ? error.message : String(error)
        logger.warn(`Payout ${payout.id} to producer ${payout.producer_id} failed at Stripe: ${failure}`)
        await ledger.updatePayouts({ id: payout.id, status: "failed", failure: failure.slice(0, 500) })
      }
    }
    return new StepResponse(made.length, made)
  },
  async (made, { container }) => {
    if (!made?.length) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    for (const { payout_id, transfer_id } of made) await ledger.reverseTransfer(transfer_id, payout_id)
  }
)
