import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/** An account this step made (compensation deletes it); none when the producer had one. */
type Made = { producer_id: string; account_id: string } | null

/**
 * The producer's connected Stripe account: the one its seller account names, or a new Express
 * account made for it now (and named there). 400 when this shop does not pay by Stripe Connect.
 * Undone by forgetting and deleting an account made here (nothing was entered in it yet).
 */
export const ensureConnectedAccountStep = createStep(
  "ensure-connected-account",
  async (input: { producer_id: string }, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const connect = ledger.stripeConnect()
    if (!connect) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This shop pays its producers by bank transfer: Stripe Connect is not set up (STRIPE_CONNECT_PAYOUTS)")
    }
    const [account] = await ledger.listSellerAccounts({ producer_id: input.producer_id })
    if (account?.stripe_account_id) return new StepResponse<{ account_id: string }, Made>({ account_id: account.stripe_account_id }, null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [producer],
    } = await query.graph({ entity: "producer", fields: ["id", "name", "email"], filters: { id: input.producer_id } })
    const accountId = await connect.createAccount({ id: producer.id, name: producer.name, email: producer.email ?? null })
    if (account) await ledger.updateSellerAccounts({ id: account.id, stripe_account_id: accountId })
    else await ledger.createSellerAccounts({ producer_id: input.producer_id, stripe_account_id: accountId })
    return new StepResponse<{ account_id: string }, Made>({ account_id: accountId }, { producer_id: input.producer_id, account_id: accountId })
  },
  async (made, { container }) => {
    if (!made) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const [account] = await ledger.listSellerAccounts({ producer_id: made.producer_id })
    if (account?.stripe_account_id === made.account_id) await ledger.updateSellerAccounts({ id: account.id, stripe_account_id: null })
    await ledger.stripeConnect()?.deleteAccount(made.account_id)
  }
)
