import type { MeatSpecies } from "@genussnetz/provenance/http"
import { postedText, UNREADABLE_TEXT } from "../../lib/form-fields"
import { SPECIES_KEYS } from "../../lib/i18n"

/**
 * The origin a meat label states, as the portal's form reads it before anything is sent, by the
 * provenance plugin's rules (plugins/provenance/src/workflows/provenance/schemas.ts,
 * `MeatOriginBody`): a species; "reared in" and "slaughtered in" for every species; for beef also
 * "born in", the slaughterhouse's approval number and a reference number. The approval number's
 * format is the backend's to check; its refusal comes back to the field (`refusedMeatOriginField`).
 */

export type MeatOrigin = {
  species: MeatSpecies
  born_in: string | null
  reared_in: string
  slaughtered_in: string
  slaughterhouse_approval_number: string | null
  reference_number: string | null
}

export type MeatOriginFieldError = "required" | "tooLong" | "tooShort" | "characters" | "choice" | "beefFields" | "approvalNumber"

const FIELDS = ["species", "born_in", "reared_in", "slaughtered_in", "slaughterhouse_approval_number", "reference_number"] as const
export type MeatOriginFormValues = Record<(typeof FIELDS)[number], string>

export const meatOriginFormValues = (origin: MeatOrigin | null): MeatOriginFormValues =>
  Object.fromEntries(FIELDS.map((field) => [field, origin?.[field] ?? ""])) as MeatOriginFormValues

/** The beef-only fields: Reg. (EC) 1760/2000's additions. */
const BEEF_ONLY = ["born_in", "slaughterhouse_approval_number", "reference_number"] as const

export type MeatOriginFormRead =
  | { ok: true; values: MeatOriginFormValues; body: Record<string, string> }
  | { ok: false; values: MeatOriginFormValues; errors: Partial<Record<string, MeatOriginFieldError>> }

export function readMeatOriginForm(form: FormData): MeatOriginFormRead {
  const values = Object.fromEntries(FIELDS.map((field) => [field, postedText(form, field)])) as MeatOriginFormValues
  const errors: Partial<Record<string, MeatOriginFieldError>> = {}
  if (!(SPECIES_KEYS as string[]).includes(values.species)) errors.species = "choice"
  const beef = values.species === "beef"
  for (const field of FIELDS.slice(1)) {
    const value = values[field]
    if (UNREADABLE_TEXT.test(value)) errors[field] = "characters"
    else if (value.length > 60) errors[field] = "tooLong"
    else if (value && value.length < 2) errors[field] = "tooShort"
  }
  for (const field of ["reared_in", "slaughtered_in"] as const) if (!values[field] && !errors[field]) errors[field] = "required"
  if (beef) for (const field of BEEF_ONLY) if (!values[field] && !errors[field]) errors[field] = "beefFields"
  if (Object.keys(errors).length) return { ok: false, values, errors }
  // Other species' labels carry no beef fields: the backend refuses them, so they are not sent.
  const fields = beef ? FIELDS : FIELDS.filter((field) => !(BEEF_ONLY as readonly string[]).includes(field))
  return { ok: true, values, body: Object.fromEntries(fields.map((field) => [field, values[field]])) }
}

/** The backend's refusal of the approval number, at its field. */
export const refusedMeatOriginField = (message: string): Partial<Record<string, MeatOriginFieldError>> | null =>
  /approval number/i.test(message) ? { slaughterhouse_approval_number: "approvalNumber" } : null
