import { postedText, UNREADABLE_TEXT } from "../../lib/form-fields"
import { CRAFT_KEYS, PROCESSING_STEP_KEYS } from "../../lib/i18n"

/**
 * A post on the cooperation board as the portal's form sends it, read by the cooperation
 * plugin's rules before anything is sent (plugins/cooperation/src/workflows/board/schemas.ts):
 * offer or need, a material the network names, a craft (needs only), the step, how much how
 * often, the window (not past, at most two years), how far, a note. Whether the material is one
 * the network names is the backend's to say; its refusal comes back to the field.
 */
export const COOPERATION_KINDS = ["offer", "need"] as const
export const COOPERATION_UNITS = ["kg", "t", "l", "hl", "pieces", "animals", "hours", "pallets"] as const
export const COOPERATION_RHYTHMS = ["once", "week", "month", "year"] as const
/** How long a post may stand (the backend's LONGEST_WINDOW_DAYS). */
export const LONGEST_WINDOW_DAYS = 730

export type CooperationFieldError = "required" | "tooLong" | "characters" | "choice" | "number" | "date" | "dateOrder" | "datePast" | "material"

const FIELDS = ["kind", "material", "craft", "step", "quantity", "unit", "rhythm", "available_from", "available_until", "radius_km", "note"] as const
export type CooperationFormValues = Record<(typeof FIELDS)[number], string>

export const EMPTY_COOPERATION_FORM: CooperationFormValues = {
  kind: "need", material: "", craft: "", step: "", quantity: "", unit: "kg", rhythm: "once", available_from: "", available_until: "", radius_km: "50", note: "",
}

export type CooperationFormRead =
  | { ok: true; values: CooperationFormValues; body: Record<string, unknown> }
  | { ok: false; values: CooperationFormValues; errors: Partial<Record<string, CooperationFieldError>> }

/** A day as a date input sends it (YYYY-MM-DD) that exists in the calendar. */
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
/** A number as people type it, with a comma or a point. */
const numberOf = (value: string) => (/^\d+([.,]\d+)?$/.test(value) ? Number(value.replace(",", ".")) : NaN)

export function readCooperationForm(form: FormData, today: string = new Date().toISOString().slice(0, 10)): CooperationFormRead {
  const values = Object.fromEntries(FIELDS.map((field) => [field, postedText(form, field)])) as CooperationFormValues
  const errors: Partial<Record<string, CooperationFieldError>> = {}
  for (const field of FIELDS) if (UNREADABLE_TEXT.test(values[field])) errors[field] = "characters"
  if (!(COOPERATION_KINDS as readonly string[]).includes(values.kind)) errors.kind ??= "choice"
  if (!values.material) errors.material ??= "required"
  else if (values.material.length > 80) errors.material ??= "tooLong"
  if (values.craft && (values.kind !== "need" || !(CRAFT_KEYS as string[]).includes(values.craft))) errors.craft ??= "choice"
  if (!(PROCESSING_STEP_KEYS as string[]).includes(values.step)) errors.step ??= "choice"
  const quantity = numberOf(values.quantity)
  if (!values.quantity) errors.quantity ??= "required"
  else if (!(quantity > 0 && quantity <= 1e7)) errors.quantity ??= "number"
  if (!(COOPERATION_UNITS as readonly string[]).includes(values.unit)) errors.unit ??= "choice"
  if (!(COOPERATION_RHYTHMS as readonly string[]).includes(values.rhythm)) errors.rhythm ??= "choice"
  const radius = numberOf(values.radius_km)
  if (!(radius >= 1 && radius <= 300)) errors.radius_km ??= "number"
  if (!isDay(values.available_from)) errors.available_from ??= "date"
  if (!isDay(values.available_until)) errors.available_until ??= "date"
  else if (values.available_until <= today) errors.available_until ??= "datePast"
  else if (isDay(values.available_from) && values.available_until <= values.available_from) errors.available_until ??= "dateOrder"
  else if (new Date(`${values.available_until}T00:00:00Z`).getTime() - new Date(`${today}T00:00:00Z`).getTime() > LONGEST_WINDOW_DAYS * 86_400_000) errors.available_until ??= "datePast"
  if (values.note.length > 1000) errors.note ??= "tooLong"
  if (Object.keys(errors).length) return { ok: false, values, errors }
  return {
    ok: true,
    values,
    body: {
      kind: values.kind,
      material: values.material,
      ...(values.craft ? { craft: values.craft } : {}),
      step: values.step,
      quantity,
      unit: values.unit,
      rhythm: values.rhythm,
      available_from: values.available_from,
      available_until: values.available_until,
      radius_km: radius,
      ...(values.note ? { note: values.note } : {}),
    },
  }
}

/** The backend's refusal of a material the network does not name, at its field. */
export const refusedCooperationField = (message: string): Partial<Record<string, CooperationFieldError>> | null =>
  /Unknown material/i.test(message) ? { material: "material" } : null

/** Where a producer sells besides genussnetz (the backend's SALES_OUTLET_KINDS). */
export const SALES_OUTLET_KINDS = ["farm_shop", "market", "retail", "wholesale", "restaurant", "online", "other"] as const
// Named apart from the post form's fields: both forms are on one page, and a field's id is its name.
const OUTLET_FIELDS = ["outlet_name", "outlet_kind", "outlet_revenue"] as const
export type OutletFormValues = Record<(typeof OUTLET_FIELDS)[number], string>
export const EMPTY_OUTLET_FORM: OutletFormValues = { outlet_name: "", outlet_kind: "", outlet_revenue: "" }

export type OutletFormRead =
  | { ok: true; values: OutletFormValues; body: { name: string; kind: string; monthly_revenue: number } }
  | { ok: false; values: OutletFormValues; errors: Partial<Record<string, CooperationFieldError>> }

/** An outlet as the form sends it: a name, its kind, euros a month (a comma or a point, at most cents). */
export function readOutletForm(form: FormData): OutletFormRead {
  const values = Object.fromEntries(OUTLET_FIELDS.map((field) => [field, postedText(form, field)])) as OutletFormValues
  const errors: Partial<Record<string, CooperationFieldError>> = {}
  for (const field of OUTLET_FIELDS) if (UNREADABLE_TEXT.test(values[field])) errors[field] = "characters"
  if (!values.outlet_name) errors.outlet_name ??= "required"
  else if (values.outlet_name.length > 120) errors.outlet_name ??= "tooLong"
  if (!(SALES_OUTLET_KINDS as readonly string[]).includes(values.outlet_kind)) errors.outlet_kind ??= "choice"
  const revenue = /^\d+([.,]\d{1,2})?$/.test(values.outlet_revenue) ? Number(values.outlet_revenue.replace(",", ".")) : NaN
  if (!values.outlet_revenue) errors.outlet_revenue ??= "required"
  else if (!(revenue >= 0 && revenue <= 10_000_000)) errors.outlet_revenue ??= "number"
  if (Object.keys(errors).length) return { ok: false, values, errors }
  return { ok: true, values, body: { name: values.outlet_name, kind: values.outlet_kind, monthly_revenue: revenue } }
}
