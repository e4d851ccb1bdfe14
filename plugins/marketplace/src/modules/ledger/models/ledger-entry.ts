import { model } from "@medusajs/framework/utils"
import OrderPart from "./order-part"

export const LEDGER_ENTRY_KINDS = ["sale", "refund", "void"] as const
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number]

/**
 * A frozen money line of an order part, never changed once written: a sale when the order is
 * placed; a refund later reverses part of it at the sale's own commission rate (negative
 * amounts); a void reverses all that remains of it when the shopper's payment failed after the
 * order was placed (a SEPA debit returned): nothing was paid, so nothing is owed and nothing goes
 * back. Amounts are gross (the shop's prices include VAT), with the VAT they contain.
 */
const LedgerEntry = model.define("ledger_entry", {
  id: model.id({ prefix: "lent" }).primaryKey(),
  kind: model.enum([...LEDGER_ENTRY_KINDS]),
  goods_total: model.bigNumber(),
  goods_tax_total: model.bigNumber(),
  shipping_total: model.bigNumber(),
  shipping_tax_total: model.bigNumber(),
  /** The rate the commission was taken at (0.12 = 12 %): for a sale its producer's or category's, for a refund the sale's. */
  commission_rate: model.bigNumber(),
  commission_total: model.bigNumber(),
  /** What the producer is owed: goods and shipping less the commission. */
  payout_total: model.bigNumber(),
  part: model.belongsTo(() => OrderPart, { mappedBy: "entries" }),
})

export default LedgerEntry
