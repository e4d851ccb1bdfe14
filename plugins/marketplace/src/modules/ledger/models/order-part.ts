import { model } from "@medusajs/framework/utils"
import LedgerEntry from "./ledger-entry"

/**
 * One producer's part of a shopper's order: its items and its shipping method in Medusa's order,
 * and the money lines the association owes it for them. Written once when the order is placed.
 */
const OrderPart = model
  .define("order_part", {
    id: model.id({ prefix: "opart" }).primaryKey(),
    order_id: model.text(),
    producer_id: model.text(),
    currency_code: model.text(),
    entries: model.hasMany(() => LedgerEntry, { mappedBy: "part" }),
  })
  .cascades({ delete: ["entries"] })
  .indexes([
    { on: ["order_id", "producer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["producer_id"] },
  ])

export default OrderPart
