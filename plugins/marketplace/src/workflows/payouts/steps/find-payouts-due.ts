import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, payeeGaps, type PayoutMethod } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/** A producer's balance that a run pays out. */
export type PayoutDue = { producer_id: string; currency_code: string; amount: number; method: PayoutMethod }
/**
 * A producer owed money that this run cannot pay, and why: no connected Stripe account yet (Stripe
 * Connect), no bank account yet (bank transfer: its holder and IBAN).
 */
export type PayoutWaiting = { producer_id: string; currency_code: string; amount: number; reason: "no_stripe_account" | "no_bank_account" }

/**
 * What each producer is owed at `covers_until` (its balance: entries less earlier payouts), and
 * whether it can be paid now: with Stripe Connect only a producer with a connected account, by
 * bank transfer only one whose bank account is known.
 * A balance of nothing or less (refunds after the last payout) waits for later sales.
 */
export const findPayoutsDueStep = createStep(
  "find-payouts-due",
  async (input: { covers_until: Date; producer_ids?: string[] }, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const method = ledger.payoutMethod()
    const owed = (await ledger.balancesAt(input.covers_until, input.producer_ids)).filter((balance) => balance.due > 0)
    const accounts = owed.length
      ? await ledger.listSellerAccounts({ producer_id: owed.map((balance) => balance.producer_id) }, { select: ["producer_id", "stripe_account_id", "account_holder", "iban"] })
      : []
    const accountOf = new Map(accounts.map((account) => [account.producer_id, account]))
    const due: PayoutDue[] = []
    const waiting: PayoutWaiting[] = []
    for (const balance of owed) {
      const money = { producer_id: balance.producer_id, currency_code: balance.currency_code, amount: balance.due }
      // The transfer step reads the account itself, also for payouts an earlier run left pending.
      if (payeeGaps(method, accountOf.get(balance.producer_id)).length) {
        waiting.push({ ...money, reason: method === "stripe_connect" ? "no_stripe_account" : "no_bank_account" })
      } else due.push({ ...money, method })
    }
    return new StepResponse({ due, waiting })
  }
)
