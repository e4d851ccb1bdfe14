/**
 * The bank account a producer is paid to: an IBAN (ISO 13616) from a country of the SEPA scheme,
 * checked by its length for the country and its check digits (ISO 7064 MOD 97-10), so a typo is
 * caught when the producer types it, not when the association's bank refuses the transfer.
 */

/** IBAN lengths of the SEPA countries (EPC409-09, the IBAN registry). */
const SEPA_IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GI: 23,
  GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28,
  PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
}

/** An IBAN as stored: without spaces, upper case. */
export const compactIban = (iban: string) => iban.replace(/[\s-]+/g, "").toUpperCase()

/** The remainder of an IBAN's number (country and check digits moved to the end, letters as 10–35) modulo 97. */
function mod97(iban: string) {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const character of rearranged) {
    const value = /[A-Z]/.test(character) ? character.charCodeAt(0) - 55 : Number(character)
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97
  }
  return remainder
}

/** Why an IBAN (compact) cannot be paid to, or null when it can. */
export function ibanProblem(iban: string): string | null {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return "must be an IBAN: two letters for the country, two check digits, then the account"
  const length = SEPA_IBAN_LENGTHS[iban.slice(0, 2)]
  if (!length) return `must be an IBAN of a SEPA country (${iban.slice(0, 2)} is none)`
  if (iban.length !== length) return `must have ${length} characters for ${iban.slice(0, 2)} (it has ${iban.length})`
  if (mod97(iban) !== 1) return "has wrong check digits: please check it for a typo"
  return null
}

/** An IBAN with the given country and account part, its check digits computed (the seed's invented accounts). */
export function ibanOf(country: string, account: string) {
  const check = 98 - mod97(`${country}00${account}`)
  return `${country}${String(check).padStart(2, "0")}${account}`
}

/** An IBAN shown to those who may see that it is set but not the account: its country and last four characters. */
export const maskedIban = (iban: string) => `${iban.slice(0, 2)}•• •••• ${iban.slice(-4)}`

/** A VAT identification number of an EU country (VIES format: country code, 2 to 12 characters; Germany: DE and nine digits). */
export function vatIdProblem(vatId: string): string | null {
  if (vatId.startsWith("DE")) return /^DE\d{9}$/.test(vatId) ? null : "must be DE followed by nine digits (Umsatzsteuer-Identifikationsnummer)"
  return /^(AT|BE|BG|CY|CZ|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,12}$/.test(vatId)
    ? null
    : "must be an EU VAT identification number (country code and number, e.g. DE123456789)"
}

/** What a payee still lacks before a payout run can pay it. */
export type PayeeGap = "account_holder" | "iban" | "stripe_account"

/**
 * What keeps a producer from being paid the way this shop pays: by bank transfer it needs the
 * account's holder and IBAN, through Stripe Connect its connected account. Empty: ready.
 */
export function payeeGaps(
  method: "bank_transfer" | "stripe_connect",
  account: { account_holder?: string | null; iban?: string | null; stripe_account_id?: string | null } | undefined
): PayeeGap[] {
  if (method === "stripe_connect") return account?.stripe_account_id ? [] : ["stripe_account"]
  return [...(account?.account_holder ? [] : (["account_holder"] as const)), ...(account?.iban ? [] : (["iban"] as const))]
}
