import { model } from "@medusajs/framework/utils"

/**
 * How a payout reaches the producer: "bank_transfer", the association transfers it from its
 * own bank account (the payout records that it is due and done); "stripe_connect", a Stripe
 * transfer from the association's Stripe balance to the producer's connected account
 * (separate charges and transfers: the association stays merchant of record).
 */
export const PAYOUT_METHODS = ["bank_transfer", "stripe_connect"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

/** "paid": done (a bank transfer is recorded as paid when the association runs it); "pending": a Stripe transfer under way; "failed": Stripe refused it, nothing moved. */
export const PAYOUT_STATUSES = ["pending", "paid", "failed"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/**
 * Money paid to a producer for its ledger entries. A payout settles the producer's balance up to
 * `covers_until`: everything its entries written before then owe it, less every earlier payout
 * that did not fail. So a refund written after a payout lowers the next one, and a failed payout
 * leaves its amount due for the next run.
 */
const Payout = model
  .define("payout", {
    id: model.id({ prefix: "pout" }).primaryKey(),
    producer_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    covers_until: model.dateTime(),
    method: model.enum([...PAYOUT_METHODS]),
    status: model.enum([...PAYOUT_STATUSES]).default("pending"),
    /** The Stripe transfer (tr_…) of a "stripe_connect" payout. */
    transfer_id: model.text().nullable(),
    /** Why Stripe refused the transfer, in its words. */
    failure: model.text().nullable(),
  })
  .indexes([{ on: ["producer_id", "currency_code"] }])

export default Payout
