import { model } from "@medusajs/framework/utils"
import LedgerEntry from "./ledger-entry"

/**
 * Where a part stands. "open": placed, nothing done yet; "ready_for_pickup" (pickup) or
 * "fulfilled" (delivery, parcel): packed, a Medusa fulfillment of the part's items at the
 * producer's location; "shipped": on its way; "delivered": the shopper has it (picked up or
 * delivered); "canceled": called off before it was packed, its stock released, its money refunded.
 */
export const ORDER_PART_STATUSES = ["open", "ready_for_pickup", "fulfilled", "shipped", "delivered", "canceled"] as const
export type OrderPartStatus = (typeof ORDER_PART_STATUSES)[number]

/**
 * One producer's part of a shopper's order: its items and its shipping method in Medusa's order,
 * where it stands, and the money lines the association owes it for them. Written when the
 * order is placed; its sale entry is never changed, refunds add entries that reverse it.
 */
const OrderPart = model
  .define("order_part", {
    id: model.id({ prefix: "opart" }).primaryKey(),
    order_id: model.text(),
    producer_id: model.text(),
    currency_code: model.text(),
    status: model.enum([...ORDER_PART_STATUSES]).default("open"),
    /** The Medusa fulfillment that packed the part's items (set from "ready_for_pickup"/"fulfilled" on). */
    fulfillment_id: model.text().nullable(),
    entries: model.hasMany(() => LedgerEntry, { mappedBy: "part" }),
  })
  .cascades({ delete: ["entries"] })
  .indexes([
    { on: ["order_id", "producer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["producer_id"] },
  ])

export default OrderPart
