import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, type VatStatus } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

type Previous = {
  id: string
  commission_rate: number | null
  vat_status: VatStatus
  vat_id: string | null
  account_holder: string | null
  iban: string | null
  stripe_account_id: string | null
}
/** What compensation needs: the account made, or the account's values before. */
type Undo = { created?: string; previous?: Previous }

export type SellerAccountChange = {
  producer_id: string
  commission_rate?: number | null
  vat_status?: VatStatus
  vat_id?: string | null
  account_holder?: string | null
  iban?: string | null
  stripe_account_id?: string | null
}

/**
 * Sets a producer's payee data, making its seller account on the first change. A rate changed
 * here applies to later sales only: written entries keep theirs. Compensation puts back what
 * was there (or removes the account it made).
 */
export const upsertSellerAccountStep = createStep(
  "upsert-seller-account",
  async (change: SellerAccountChange, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const [before] = await ledger.listSellerAccounts({ producer_id: change.producer_id })
    if (!before) {
      const created = await ledger.createSellerAccounts(change)
      return new StepResponse<string, Undo>(created.id, { created: created.id })
    }
    await ledger.updateSellerAccounts({ ...change, id: before.id })
    const previous: Previous = {
      id: before.id,
      commission_rate: before.commission_rate === null ? null : Number(before.commission_rate),
      vat_status: before.vat_status,
      vat_id: before.vat_id,
      account_holder: before.account_holder,
      iban: before.iban,
      stripe_account_id: before.stripe_account_id,
    }
    return new StepResponse<string, Undo>(before.id, { previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    if (undo.created) await ledger.deleteSellerAccounts(undo.created)
    if (undo.previous) await ledger.updateSellerAccounts(undo.previous)
  }
)
