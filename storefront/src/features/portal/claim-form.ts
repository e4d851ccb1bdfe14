import type { ClaimStatus, ClaimType } from "@genussnetz/provenance/http"
import { postedText, UNREADABLE_TEXT } from "../../lib/form-fields"
import { CLAIM_TYPE_KEYS, type UiString } from "../../lib/i18n"

/**
 * A claim as the portal files it, read by the provenance plugin's rules before anything is sent
 * (plugins/provenance/src/workflows/provenance/schemas.ts, `ClaimInput`): a kind, the name the
 * shop shows, who issued it, the control body's code for EU organic, the product it is about (or
 * the whole business), when it is valid, a link. The code's format is the backend's to check;
 * its refusal comes back to the field (`refusedClaimField`).
 */

/** One of the producer's claims as `GET /producer/claims` answers it. */
export type PortalClaim = {
  id: string
  type: ClaimType
  label: string
  issuer: string
  control_body_code: string | null
  evidence_url: string | null
  valid_from: string
  valid_until: string | null
  status: ClaimStatus
  product_id: string | null
  /** The document uploaded as evidence (its file stays the association's). */
  evidence_file: { content_type: string; bytes: number; uploaded_at: string } | null
}

export type ClaimFieldError = "required" | "tooLong" | "characters" | "choice" | "date" | "dateOrder" | "controlBodyRequired" | "controlBodyCode" | "website"

const FIELDS = ["type", "label", "issuer", "control_body_code", "product_id", "valid_from", "valid_until", "evidence_url"] as const
export type ClaimFormValues = Record<(typeof FIELDS)[number], string>

export const EMPTY_CLAIM_FORM = Object.fromEntries(FIELDS.map((field) => [field, ""])) as ClaimFormValues

export type ClaimFormRead =
  | { ok: true; values: ClaimFormValues; body: Record<string, string> }
  | { ok: false; values: ClaimFormValues; errors: Partial<Record<string, ClaimFieldError>> }

/** A day as a date input sends it (YYYY-MM-DD) that exists in the calendar. */
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

const isWebAddress = (value: string) => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

export function readClaimForm(form: FormData, productIds: readonly string[]): ClaimFormRead {
  const values = Object.fromEntries(FIELDS.map((field) => [field, postedText(form, field)])) as ClaimFormValues
  const errors: Partial<Record<string, ClaimFieldError>> = {}
  if (!(CLAIM_TYPE_KEYS as string[]).includes(values.type)) errors.type = "choice"
  for (const field of ["label", "issuer", "control_body_code", "valid_from", "valid_until", "evidence_url"] as const) {
    if (UNREADABLE_TEXT.test(values[field])) errors[field] = "characters"
  }
  for (const field of ["label", "issuer"] as const) {
    if (!values[field]) errors[field] ??= "required"
    else if (values[field].length > 120) errors[field] ??= "tooLong"
  }
  if (values.type === "eu_organic" && !values.control_body_code) errors.control_body_code ??= "controlBodyRequired"
  if (values.product_id && !productIds.includes(values.product_id)) errors.product_id = "choice"
  if (!isDay(values.valid_from)) errors.valid_from ??= "date"
  if (values.valid_until && !isDay(values.valid_until)) errors.valid_until ??= "date"
  else if (values.valid_until && isDay(values.valid_from) && values.valid_until <= values.valid_from) errors.valid_until ??= "dateOrder"
  if (values.evidence_url && (values.evidence_url.length > 500 || !isWebAddress(values.evidence_url))) errors.evidence_url ??= "website"
  if (Object.keys(errors).length) return { ok: false, values, errors }
  // Optional fields left empty are not sent.
  return { ok: true, values, body: Object.fromEntries(FIELDS.filter((field) => values[field] !== "").map((field) => [field, values[field]])) }
}

/** The backend's refusal of the control body's code, at its field. */
export const refusedClaimField = (message: string): Partial<Record<string, ClaimFieldError>> | null =>
  /control body code/i.test(message) ? { control_body_code: "controlBodyCode" } : null

/**
 * What the portal tells a producer whose evidence document the backend refused: by the answer's
 * status (415 a type it does not take, 413 too large) and, for a 400, whether the claim was
 * decided already; anything else it could not read.
 */
export function evidenceRefusal(status: number, message: string | undefined): UiString {
  if (status === 415) return "portalClaimEvidenceWrongType"
  if (status === 413) return "portalClaimEvidenceTooLarge"
  if (/already/.test(message ?? "")) return "portalClaimEvidenceDecided"
  return "portalClaimEvidenceUnreadable"
}
