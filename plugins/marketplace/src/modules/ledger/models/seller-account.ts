import { model } from "@medusajs/framework/utils"

/** How a producer is taxed: its VAT status goes on every payout statement. */
export const VAT_STATUSES = ["standard", "small_business"] as const
export type VatStatus = (typeof VAT_STATUSES)[number]

/**
 * A producer as the association's payee: its own commission rate (null: the plugin's rate for
 * the product's category, else the default) and its VAT status ("small_business": Kleinunternehmer
 * under § 19 UStG, no VAT shown) with its VAT id, the bank account a bank transfer goes to and,
 * with Stripe Connect payouts configured, its Stripe account.
 */
const SellerAccount = model
  .define("seller_account", {
    id: model.id({ prefix: "sacc" }).primaryKey(),
    producer_id: model.text(),
    commission_rate: model.bigNumber().nullable(),
    vat_status: model.enum([...VAT_STATUSES]).default("standard"),
    /** Umsatzsteuer-Identifikationsnummer (e.g. DE123456789), printed on its statements; none for many small farms. */
    vat_id: model.text().nullable(),
    /** Whom a bank transfer is made out to (Kontoinhaber) and the account's IBAN, stored without spaces. */
    account_holder: model.text().nullable(),
    iban: model.text().nullable(),
    /** The producer's connected Stripe account (acct_…), where Stripe Connect payouts go when the shop pays out through Stripe. */
    stripe_account_id: model.text().nullable(),
  })
  .indexes([{ on: ["producer_id"], unique: true, where: "deleted_at IS NULL" }])

export default SellerAccount
