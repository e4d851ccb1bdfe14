import { UNREADABLE_TEXT } from "../../lib/form-fields"

/**
 * The portal's pickup-and-delivery form, read by the backend's rules
 * (plugins/marketplace/src/api/producer/fulfilment/validators.ts) before anything is sent:
 * the street, pickup with one time slot per weekday, delivery with fee, minimum order and
 * postal codes, parcel with its fee.
 */

export type OfferFieldError = "required" | "tooLong" | "characters" | "price" | "hours" | "hoursRequired" | "postalCodes" | "wayRequired"

export const WEEKDAY_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const
type IsoDay = (typeof WEEKDAY_NUMBERS)[number]

export type OfferFormValues = {
  street: string
  pickup: boolean
  hours: Record<IsoDay, { opens: string; closes: string }>
  delivery: boolean
  delivery_fee: string
  minimum_order: string
  postal_codes: string
  parcel: boolean
  parcel_fee: string
}

export type Offer = {
  pickup?: { hours: { day: IsoDay; opens: string; closes: string }[] }
  delivery?: { fee: number; minimum_order: number; postal_codes: string[] }
  parcel?: { fee: number }
}

export const offerFormValues = (current: { street: string | null; offer: Offer }): OfferFormValues => {
  const hours = Object.fromEntries(WEEKDAY_NUMBERS.map((day) => [day, { opens: "", closes: "" }])) as OfferFormValues["hours"]
  for (const slot of current.offer.pickup?.hours ?? []) hours[slot.day] = { opens: slot.opens, closes: slot.closes }
  const money = (value: number | undefined) => (value === undefined ? "" : value.toFixed(2).replace(".", ","))
  return {
    street: current.street ?? "",
    pickup: Boolean(current.offer.pickup),
    hours,
    delivery: Boolean(current.offer.delivery),
    delivery_fee: money(current.offer.delivery?.fee),
    minimum_order: money(current.offer.delivery?.minimum_order),
    postal_codes: (current.offer.delivery?.postal_codes ?? []).join(", "),
    parcel: Boolean(current.offer.parcel),
    parcel_fee: money(current.offer.parcel?.fee),
  }
}

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}
/** Euros as typed ("3,50" or "3.50"), at most two decimals, up to `max`; NaN otherwise. */
const euros = (value: string, max: number) => {
  if (!/^\d{1,5}([.,]\d{1,2})?$/.test(value)) return NaN
  const amount = Number(value.replace(",", "."))
  return amount <= max ? amount : NaN
}
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export type OfferFormRead = { ok: true; values: OfferFormValues; body: { street: string; offer: Offer } } | { ok: false; values: OfferFormValues; errors: Partial<Record<string, OfferFieldError>> }

export function readOfferForm(form: FormData): OfferFormRead {
  const values: OfferFormValues = {
    street: text(form, "street"),
    pickup: form.get("pickup") === "on",
    hours: Object.fromEntries(WEEKDAY_NUMBERS.map((day) => [day, { opens: text(form, `opens_${day}`), closes: text(form, `closes_${day}`) }])) as OfferFormValues["hours"],
    delivery: form.get("delivery") === "on",
    delivery_fee: text(form, "delivery_fee"),
    minimum_order: text(form, "minimum_order"),
    postal_codes: text(form, "postal_codes"),
    parcel: form.get("parcel") === "on",
    parcel_fee: text(form, "parcel_fee"),
  }
  const errors: Partial<Record<string, OfferFieldError>> = {}
  if (!values.street || values.street.length < 3) errors.street = "required"
  else if (values.street.length > 120) errors.street = "tooLong"
  else if (UNREADABLE_TEXT.test(values.street)) errors.street = "characters"

  const offer: Offer = {}
  if (values.pickup) {
    const slots: { day: IsoDay; opens: string; closes: string }[] = []
    for (const day of WEEKDAY_NUMBERS) {
      const { opens, closes } = values.hours[day]
      if (!opens && !closes) continue
      if (!TIME.test(opens) || !TIME.test(closes) || opens >= closes) errors[`opens_${day}`] = "hours"
      else slots.push({ day, opens, closes })
    }
    if (!slots.length && !Object.keys(errors).some((field) => field.startsWith("opens_"))) errors.pickup = "hoursRequired"
    offer.pickup = { hours: slots }
  }
  if (values.delivery) {
    const fee = euros(values.delivery_fee || "0", 100)
    const minimum = euros(values.minimum_order || "0", 1000)
    if (Number.isNaN(fee)) errors.delivery_fee = "price"
    if (Number.isNaN(minimum)) errors.minimum_order = "price"
    const codes = [...new Set(values.postal_codes.split(/[\s,;]+/).filter(Boolean))]
    if (!codes.length || codes.length > 300 || codes.some((code) => !/^\d{5}$/.test(code))) errors.postal_codes = "postalCodes"
    offer.delivery = { fee, minimum_order: minimum, postal_codes: codes }
  }
  if (values.parcel) {
    const fee = euros(values.parcel_fee || "0", 50)
    if (Number.isNaN(fee)) errors.parcel_fee = "price"
    offer.parcel = { fee }
  }
  if (!values.pickup && !values.delivery && !values.parcel) errors.pickup = "wayRequired"
  if (Object.keys(errors).length) return { ok: false, values, errors }
  return { ok: true, values, body: { street: values.street, offer } }
}
