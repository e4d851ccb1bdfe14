import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, refundOfPart } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { OrderPartState } from "./load-order-part"

/**
 * Writes the ledger entry that gives `amount` of the part back at the sale's own rate. Runs
 * before the money moves, so a failed refund at the payment provider removes it again.
 */
export const recordRefundEntryStep = createStep(
  "record-refund-entry",
  async ({ part, amount }: { part: OrderPartState; amount: number }, { container }) => {
    const entry = await container
      .resolve<LedgerModuleService>(LEDGER_MODULE)
      .createLedgerEntries({ ...refundOfPart(part.remaining, part.sale_rate, amount), kind: "refund", part_id: part.id })
    return new StepResponse(entry, entry.id)
  },
  async (entryId, { container }) => {
    if (!entryId) return
    await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteLedgerEntries(entryId)
  }
)
