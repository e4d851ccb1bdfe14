import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, refundOfPart, type PartSale } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/** `amount` of a part to give back, with what of the part remains and the rate of its sale. */
export type PartRefund = { part_id: string; remaining: Omit<PartSale, "commission_rate">; sale_rate: number; amount: number }

/**
 * Writes the ledger entries that give each amount of its part back at the sale's own rate. Runs
 * before the money moves, so a failed refund at the payment provider removes them again.
 */
export const recordRefundEntriesStep = createStep(
  "record-refund-entries",
  async (refunds: PartRefund[], { container }) => {
    const entries = await container
      .resolve<LedgerModuleService>(LEDGER_MODULE)
      .createLedgerEntries(refunds.map((refund) => ({ ...refundOfPart(refund.remaining, refund.sale_rate, refund.amount), kind: "refund" as const, part_id: refund.part_id })))
    return new StepResponse(entries, entries.map((entry) => entry.id))
  },
  async (entryIds, { container }) => {
    if (!entryIds?.length) return
    await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteLedgerEntries(entryIds)
  }
)
