import { model } from "@medusajs/framework/utils"

/**
 * Where a change request stands: "pending" waits for the association; "approved" was applied;
 * "rejected" was not, with the association's reason; "withdrawn": the producer took the product
 * offline or the association stopped requiring review before anyone decided.
 */
export const CHANGE_REQUEST_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number]

/**
 * A producer's change to what shoppers see of its product — publishing it, its texts, category,
 * kind, chilled, seasons — held for the association's review while the association requires it.
 * `proposed` is the change as the producer made it (the portal's product change, prices and stock
 * left out: they go through at once). What it would change is read against the product as it is:
 * while review is required those fields change only through an approved request. One pending
 * request per product: a later change is folded into it.
 */
const ProductChangeRequest = model
  .define("product_change_request", {
    id: model.id({ prefix: "pchg" }).primaryKey(),
    product_id: model.text(),
    producer_id: model.text(),
    proposed: model.json(),
    status: model.enum([...CHANGE_REQUEST_STATUSES]).default("pending"),
    /** Why the association said no (shown to the producer). */
    reason: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
    { on: ["producer_id"] },
    { on: ["status"] },
  ])

export default ProductChangeRequest
