import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, type OrderPartStatus } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { UnpaidPart } from "./load-unpaid-order"

const negative = (value: number) => (value === 0 ? 0 : -value)

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
    await ledger.updateOrderParts(parts.map((part) => ({ id: part.id, status: "canceled" as OrderPartStatus })))
    const entries = await ledger.createLedgerEntries(
      parts.map((part) => ({
        part_id: part.id,
        kind: "void" as const,
        goods_total: negative(part.remaining.goods_total),
        goods_tax_total: negative(part.remaining.goods_tax_total),
        shipping_total: negative(part.remaining.shipping_total),
        shipping_tax_total: negative(part.remaining.shipping_tax_total),
        commission_rate: part.sale_rate,
        commission_total: negative(part.remaining.commission_total),
        payout_total: negative(part.remaining.payout_total),
      }))
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
