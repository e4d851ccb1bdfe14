import { postedText as text, UNREADABLE_TEXT } from "../../lib/form-fields"
import { readWeekHours, weekHoursValues, type DaySlot, type WeekHoursValues } from "./week-hours"

/**
 * The portal's pickup-and-delivery form, read by the backend's rules
 * (plugins/marketplace/src/api/producer/fulfilment/validators.ts) before anything is sent:
 * the street, pickup with one time slot per weekday, delivery with fee, minimum order and
 * postal codes, parcel with its fee.
 */

export type OfferFieldError = "required" | "tooLong" | "characters" | "price" | "hours" | "hoursRequired" | "postalCodes" | "wayRequired"

export type OfferFormValues = {
  street: string
  pickup: boolean
  hours: WeekHoursValues
  delivery: boolean
  delivery_fee: string
  minimum_order: string
  postal_codes: string
  parcel: boolean
  parcel_fee: string
}

export type Offer = {
  pickup?: { hours: DaySlot[] }
  delivery?: { fee: number; minimum_order: number; postal_codes: string[] }
  parcel?: { fee: number }
}

export const offerFormValues = (current: { street: string | null; offer: Offer }): OfferFormValues => {
  const money = (value: number | undefined) => (value === undefined ? "" : value.toFixed(2).replace(".", ","))
  return {
    street: current.street ?? "",
    pickup: Boolean(current.offer.pickup),
    hours: weekHoursValues(current.offer.pickup?.hours),
    delivery: Boolean(current.offer.delivery),
    delivery_fee: money(current.offer.delivery?.fee),
    minimum_order: money(current.offer.delivery?.minimum_order),
    postal_codes: (current.offer.delivery?.postal_codes ?? []).join(", "),
    parcel: Boolean(current.offer.parcel),
    parcel_fee: money(current.offer.parcel?.fee),
  }
}

/** Euros as typed ("3,50" or "3.50"), at most two decimals, up to `max`; NaN otherwise. */
const euros = (value: string, max: number) => {
  if (!/^\d{1,5}([.,]\d{1,2})?$/.test(value)) return NaN
  const amount = Number(value.replace(",", "."))
  return amount <= max ? amount : NaN
}

export type OfferFormRead = { ok: true; values: OfferFormValues; body: { street: string; offer: Offer } } | { ok: false; values: OfferFormValues; errors: Partial<Record<string, OfferFieldError>> }

export function readOfferForm(form: FormData): OfferFormRead {
  const hours = readWeekHours(form)
  const values: OfferFormValues = {
    street: text(form, "street"),
    pickup: form.get("pickup") === "on",
    hours: hours.values,
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
    for (const field of hours.invalidDays) errors[field] = "hours"
    if (!hours.slots.length && !hours.invalidDays.length) errors.pickup = "hoursRequired"
    offer.pickup = { hours: hours.slots }
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
