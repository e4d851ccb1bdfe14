import { model } from "@medusajs/framework/utils"

/**
 * A cart completion under way: written inside Medusa's completeCartWorkflow, under the cart's
 * lock and before the order is created, and removed in the same completion once the order's
 * parts are written (or by its compensation when it fails). One that is still here while nobody
 * holds the cart's lock marks a completion that was cut off (the process was killed): what it
 * left behind is undone before the cart is completed again (workflows/checkout).
 */
const CompletionAttempt = model
  .define("completion_attempt", {
    id: model.id({ prefix: "cmpl" }).primaryKey(),
    cart_id: model.text(),
    /** When the order creation began: orders made for the cart since then belong to it. */
    started_at: model.dateTime(),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["started_at"] }])

export default CompletionAttempt
