import { z } from "@medusajs/framework/zod"
import { pageParams, payeeDetailFields } from "../../utils/validators"

/** The producers as payees, a page at a time (by name). */
export const AdminListSellerAccounts = z.object({ ...pageParams }).strict()
export type AdminListSellerAccountsType = z.infer<typeof AdminListSellerAccounts>

/**
 * A change of a producer's payee data: its commission rate (0.12 = 12 %; null: the category's or
 * the default), its VAT status and id, its bank account (for producers who hand theirs in on
 * paper), its connected Stripe account (acct_…; null: none).
 */
export const AdminUpdateSellerAccount = z
  .object({
    commission_rate: z
      .number()
      .min(0)
      .max(0.99)
      .refine((rate) => Math.abs(Math.round(rate * 10_000) - rate * 10_000) < 1e-6, "must be a rate with at most two decimals in percent (0.125 = 12,5 %)")
      .nullable()
      .optional(),
    ...payeeDetailFields,
    stripe_account_id: z
      .string()
      .trim()
      .regex(/^acct_[A-Za-z0-9]{1,64}$/, "must be a Stripe account id (acct_…)")
      .nullable()
      .optional(),
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, "name at least one of commission_rate, vat_status, vat_id, account_holder, iban, stripe_account_id")
export type AdminUpdateSellerAccountType = z.infer<typeof AdminUpdateSellerAccount>
