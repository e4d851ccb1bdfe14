import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, refundableOfPart, refundOfPart, type OrderPartStatus } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { UnpaidPart } from "./load-unpaid-order"

/**
 * The entry that takes all that remains of a part out of the books: the reversal a refund of
 * everything left would write (same arithmetic, so the part ends at exactly zero on every line);
 * nothing left (refunded in full before), an entry of zeros that still records the void.
 */
function voidOfPart(part: UnpaidPart) {
  const left = refundableOfPart(part.remaining)
  if (left > 0) return refundOfPart(part.remaining, part.sale_rate, left)
  return { goods_total: 0, goods_tax_total: 0, shipping_total: 0, shipping_tax_total: 0, commission_rate: part.sale_rate, commission_total: 0, payout_total: 0 }
}

/**
 * Cancels the parts of an order whose payment failed and writes, for each, the void entry that
 * takes all that remains of its sale out of the books (at the sale's rate): the producer is owed
 * nothing for goods nobody paid for. Compensation removes the entries and puts the statuses back.
 */
export const voidOrderPartsStep = createStep(
  "void-order-parts",
  async (parts: UnpaidPart[], { container }) => {
    if (!parts.length) return new StepResponse(undefined, undefined)
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const before = await ledger.listOrderParts({ id: parts.map((part) => part.id) }, { select: ["id", "status"] })
    const entries = await ledger.settleOrderParts(
      parts.map((part) => ({ id: part.id, status: "canceled" as OrderPartStatus })),
      parts.map((part) => ({ part_id: part.id, kind: "void" as const, ...voidOfPart(part) }))
    )
    return new StepResponse(undefined, { statuses: before.map(({ id, status }) => ({ id, status })), entryIds: entries.map((entry) => entry.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    if (undo.entryIds.length) await ledger.deleteLedgerEntries(undo.entryIds)
    await ledger.updateOrderParts(undo.statuses)
  }
)
