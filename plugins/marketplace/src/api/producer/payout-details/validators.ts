import { z } from "@medusajs/framework/zod"
import { payeeDetailFields } from "../../utils/validators"

export const ProducerGetPayoutDetailsParams = z.object({}).strict()

/** The owner's change of its payee details: bank account, VAT status and id (null clears one). */
export const ProducerSetPayoutDetails = z
  .object(payeeDetailFields)
  .strict()
  .refine((change) => Object.keys(change).length > 0, "name at least one of account_holder, iban, vat_status, vat_id")
export type ProducerSetPayoutDetailsType = z.infer<typeof ProducerSetPayoutDetails>

