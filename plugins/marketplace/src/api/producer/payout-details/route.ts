import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { actingMember, actingProducer } from "@genussnetz/producers/ownership"
import { LEDGER_MODULE, maskedIban, payeeGaps } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { updateSellerAccountWorkflow } from "../../../workflows/payouts/update-seller-account"
import type { ProducerSetPayoutDetailsType } from "./validators"

/**
 * How the producer is paid and whether it can be: the shop's payout method, its VAT status and id,
 * its bank account (the full IBAN for the owner, who typed it; staff see that one is set), whether
 * a Stripe account is connected, what it is owed now and what a payout run still lacks of it.
 */
async function payoutDetails(container: MedusaContainer, producerId: string, owner: boolean) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [[account], balances] = await Promise.all([ledger.listSellerAccounts({ producer_id: producerId }), ledger.balancesAt(new Date(), [producerId])])
  const method = ledger.payoutMethod()
  const missing = payeeGaps(method, account)
  return {
    payout_method: method,
    vat_status: account?.vat_status ?? "standard",
    vat_id: account?.vat_id ?? null,
    account_holder: account?.account_holder ?? null,
    iban: account?.iban ? (owner ? account.iban : maskedIban(account.iban)) : null,
    stripe_connected: Boolean(account?.stripe_account_id),
    balances: balances.map(({ currency_code, due }) => ({ currency_code, due })),
    missing_for_payout: missing,
    ready_to_be_paid: missing.length === 0,
  }
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ payout_details: await payoutDetails(req.scope, actingProducer(req), actingMember(req).role === "owner") })
}

/** The owner sets its bank account, VAT status or VAT id; answers the details as they are then. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerSetPayoutDetailsType>, res: MedusaResponse) => {
  const producerId = actingProducer(req)
  await updateSellerAccountWorkflow(req.scope).run({ input: { ...req.validatedBody, producer_id: producerId } })
  res.json({ payout_details: await payoutDetails(req.scope, producerId, true) })
}
