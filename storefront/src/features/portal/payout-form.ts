import type { VatStatus } from "@genussnetz/marketplace/http"
import { postedText, UNREADABLE_TEXT } from "../../lib/form-fields"
import type { UiString } from "../../lib/i18n"

/**
 * The owner's payout details form, read before anything is sent by the backend's rules
 * (plugins/marketplace/src/api/utils/validators.ts, `payeeDetailFields`): the account's holder,
 * its IBAN, the VAT status and VAT id. The IBAN's check digits are the backend's to check (one
 * place for the bank rules); its refusal comes back and is shown at the field (`refusedPayoutField`).
 */

/** The VAT statuses the form offers with their labels: every one of the marketplace's (a status it adds fails the type check here). */
export const VAT_STATUS_LABELS = { standard: "portalVatStandard", small_business: "portalVatSmallBusiness" } as const satisfies Record<VatStatus, UiString>

export type PayoutFieldError = "tooLong" | "tooShort" | "characters" | "iban" | "vatId" | "choice"

export type PayoutFormValues = { account_holder: string; iban: string; vat_status: string; vat_id: string }

/** How the producer is paid, as `GET /producer/payout-details` answers (staff see the IBAN masked). */
export type PayoutDetails = {
  payout_method: "bank_transfer" | "stripe_connect"
  vat_status: VatStatus
  vat_id: string | null
  account_holder: string | null
  iban: string | null
  stripe_connected: boolean
  balances: { currency_code: string; due: number }[]
  missing_for_payout: ("account_holder" | "iban" | "stripe_account")[]
  ready_to_be_paid: boolean
}

/** An IBAN in groups of four, as it is printed on a bank card. */
export const ibanInGroups = (iban: string) => iban.replace(/(.{4})(?=.)/g, "$1 ")

export const payoutFormValues = (details: PayoutDetails): PayoutFormValues => ({
  account_holder: details.account_holder ?? "",
  iban: details.iban ? ibanInGroups(details.iban) : "",
  vat_status: details.vat_status,
  vat_id: details.vat_id ?? "",
})

const compact = (value: string) => value.replace(/[\s-]+/g, "").toUpperCase()

export type PayoutFormRead =
  | { ok: true; values: PayoutFormValues; body: Record<string, unknown> }
  | { ok: false; values: PayoutFormValues; errors: Partial<Record<string, PayoutFieldError>> }

export function readPayoutForm(form: FormData): PayoutFormRead {
  const values: PayoutFormValues = {
    account_holder: postedText(form, "account_holder"),
    iban: postedText(form, "iban"),
    vat_status: postedText(form, "vat_status"),
    vat_id: postedText(form, "vat_id"),
  }
  const errors: Partial<Record<string, PayoutFieldError>> = {}
  for (const field of ["account_holder", "iban", "vat_id"] as const) {
    if (UNREADABLE_TEXT.test(values[field])) errors[field] = "characters"
  }
  if (!errors.account_holder && values.account_holder) {
    if (values.account_holder.length > 70) errors.account_holder = "tooLong"
    else if (values.account_holder.length < 2) errors.account_holder = "tooShort"
  }
  const iban = compact(values.iban)
  if (!errors.iban && iban && !/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) errors.iban = "iban"
  const vatId = compact(values.vat_id)
  if (!errors.vat_id && vatId && !/^[A-Z]{2}[0-9A-Z+*]{2,12}$/.test(vatId)) errors.vat_id = "vatId"
  if (!Object.hasOwn(VAT_STATUS_LABELS, values.vat_status)) errors.vat_status = "choice"
  if (Object.keys(errors).length) return { ok: false, values, errors }
  return {
    ok: true,
    values,
    // Empty clears: a producer may take its bank account back out.
    body: { account_holder: values.account_holder || null, iban: iban || null, vat_status: values.vat_status, vat_id: vatId || null },
  }
}

/** The field a backend refusal names (its message starts with the field, e.g. "iban has wrong check digits"). */
export function refusedPayoutField(message: string): Partial<Record<string, PayoutFieldError>> | null {
  if (/\biban\b/.test(message)) return { iban: "iban" }
  if (/\bvat_id\b/.test(message)) return { vat_id: "vatId" }
  return null
}
