import { weekday, type Locale } from "../../lib/i18n"

/** One opening of a pickup point: ISO weekday (1 = Monday … 7 = Sunday), "HH:MM" to "HH:MM". */
export type PickupHours = { day: number; opens: string; closes: string }
export type PickupAddress = { address_1: string; postal_code: string; city: string }

/** A shipping option as the delivery step uses it, read defensively from `GET /store/shipping-options`. */
export type DeliveryOption = {
  id: string
  name: string
  /** The price incl. VAT in the cart's currency; null when Medusa has none to say (e.g. calculated later). */
  amount: number | null
  profileId: string
  /** The option type's code: "pickup", "delivery", "parcel" (per producer) or "standard" (the shop's one option). */
  typeCode: string
  isPickup: boolean
  pickupHours: PickupHours[]
  pickupAddress: PickupAddress | null
  /** The producer's minimum order for local delivery, in EUR. */
  minimumOrder: number | null
  /** The weekly market this pickup is at (an option per market and producer), or null. */
  market: { handle: string; title: string; titleEn: string | null } | null
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const record = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {})
const string = (value: unknown) => (typeof value === "string" ? value : "")

/** Pickup hours from an option's `data.pickup_hours`; entries that are not well-formed are left out. */
export function readPickupHours(value: unknown): PickupHours[] {
  if (!Array.isArray(value)) return []
  return value
    .map(record)
    .filter((h) => Number.isInteger(h.day) && (h.day as number) >= 1 && (h.day as number) <= 7 && TIME.test(string(h.opens)) && TIME.test(string(h.closes)))
    .map((h) => ({ day: h.day as number, opens: h.opens as string, closes: h.closes as string }))
}

/** An option of the Store API's list as the step shows it, or null when it lacks an id or profile. */
export function readShippingOption(raw: unknown): DeliveryOption | null {
  const option = record(raw)
  const id = string(option.id)
  const profileId = string(option.shipping_profile_id)
  if (!id || !profileId) return null
  const data = record(option.data)
  const fulfillmentSet = record(record(option.service_zone).fulfillment_set)
  const typeCode = string(record(option.type).code)
  // A weekly market's pickup says where the market is; the producer's own, its place's address.
  const address = record(data.pickup_address ?? record(fulfillmentSet.location).address)
  const market = record(data.market)
  const amount = typeof option.amount === "number" ? option.amount : typeof option.amount === "string" && option.amount !== "" ? Number(option.amount) : null
  const minimum = Number(data.minimum_order)
  const isPickup = fulfillmentSet.type === "pickup" || typeCode === "pickup"
  return {
    id,
    name: string(option.name) || id,
    amount: amount !== null && Number.isFinite(amount) ? amount : null,
    profileId,
    typeCode,
    isPickup,
    pickupHours: isPickup ? readPickupHours(data.pickup_hours) : [],
    pickupAddress:
      isPickup && string(address.address_1) && string(address.city)
        ? { address_1: string(address.address_1), postal_code: string(address.postal_code), city: string(address.city) }
        : null,
    minimumOrder: Number.isFinite(minimum) && minimum > 0 ? minimum : null,
    market:
      isPickup && data.kind === "market_pickup" && string(market.handle) && string(market.title)
        ? { handle: string(market.handle), title: string(market.title), titleEn: string(market.title_en) || null }
        : null,
  }
}

export type DeliveryProducer = { handle: string; name: string; town?: string | null }

/** A cart line with what the grouping needs to know about it. */
export type DeliveryLine<L> = { line: L; producer: DeliveryProducer | null; profileId: string | null; total: number }

/** The lines that ship together (one shipping profile), who makes them, and how they can reach the shopper. */
export type DeliveryGroup<L> = {
  /** The shipping profile's id; "" when a line's profile could not be told. */
  key: string
  producers: DeliveryProducer[]
  lines: L[]
  subtotal: number
  /** Cheapest first. Empty: nothing can bring these lines to the shopper's address. */
  options: DeliveryOption[]
  /** The cart's shipping method for this group, if it has one. */
  chosenOptionId: string | null
  /** What the form preselects: the chosen option, else the cheapest. */
  selectedOptionId: string | null
}

const byAmount = (a: DeliveryOption, b: DeliveryOption) => (a.amount ?? Infinity) - (b.amount ?? Infinity) || a.name.localeCompare(b.name)

/**
 * The cart's lines grouped by shipping profile, each group with its options. Medusa needs one
 * shipping method per profile among the cart's items; with a profile per producer that is one
 * choice per producer. A line whose profile is unknown falls into the only profile the options
 * name, if there is one; else it stands in a group without options (it cannot be delivered).
 */
export function groupDelivery<L>(
  lines: DeliveryLine<L>[],
  options: DeliveryOption[],
  chosenOptionIds: readonly string[],
  locale: Locale = "de"
): DeliveryGroup<L>[] {
  const profiles = [...new Set(options.map((o) => o.profileId))]
  const groups = new Map<string, DeliveryGroup<L>>()
  for (const { line, producer, profileId, total } of lines) {
    const key = profileId ?? (profiles.length === 1 ? profiles[0] : "")
    let group = groups.get(key)
    if (!group) {
      const own = options.filter((o) => o.profileId === key && key !== "").sort(byAmount)
      const chosen = own.find((o) => chosenOptionIds.includes(o.id))?.id ?? null
      group = { key, producers: [], lines: [], subtotal: 0, options: own, chosenOptionId: chosen, selectedOptionId: chosen ?? own[0]?.id ?? null }
      groups.set(key, group)
    }
    group.lines.push(line)
    group.subtotal += total
    if (producer && !group.producers.some((p) => p.handle === producer.handle)) group.producers.push(producer)
  }
  const name = (g: DeliveryGroup<L>) => g.producers.map((p) => p.name).sort((a, b) => a.localeCompare(b, locale))[0] ?? "\uffff"
  const sorted = [...groups.values()].sort((a, b) => name(a).localeCompare(name(b), locale))
  for (const group of sorted) group.producers.sort((a, b) => a.name.localeCompare(b.name, locale))
  return sorted
}

/** Every group can be delivered, and each has its shipping method in the cart. */
export const deliveryComplete = (groups: DeliveryGroup<unknown>[]) => groups.length > 0 && groups.every((g) => g.chosenOptionId !== null)

/** The form field that carries a group's choice. */
export const deliveryField = (group: { key: string }) => `versand_${group.key}`

export type DeliveryForm =
  | { ok: true; optionIds: string[] }
  /** `missing`: groups without a valid choice; `unavailable`: groups nothing can deliver. */
  | { ok: false; missing: string[]; unavailable: string[] }

/**
 * Reads the delivery form: one choice per group, each one of that group's own options (so no
 * id the shopper made up reaches the backend).
 */
export function readDeliveryForm(form: FormData, groups: DeliveryGroup<unknown>[]): DeliveryForm {
  const unavailable = groups.filter((g) => g.options.length === 0).map((g) => g.key)
  const missing: string[] = []
  const optionIds: string[] = []
  for (const group of groups) {
    if (group.options.length === 0) continue
    const value = form.get(deliveryField(group))
    const option = typeof value === "string" ? group.options.find((o) => o.id === value) : undefined
    if (option) optionIds.push(option.id)
    else missing.push(group.key)
  }
  return unavailable.length || missing.length || groups.length === 0 ? { ok: false, missing, unavailable } : { ok: true, optionIds }
}

/** Pickup hours in the page's language: days in order, a day's openings together ("Mo 08:00–12:00, 14:00–18:00 · Di …"). */
export function formatPickupHours(locale: Locale, hours: PickupHours[]): string {
  const days = new Map<number, string[]>()
  for (const h of [...hours].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens))) {
    days.set(h.day, [...(days.get(h.day) ?? []), `${h.opens}–${h.closes}`])
  }
  return [...days].map(([day, spans]) => `${weekday(locale, day)} ${spans.join(", ")}`).join(" · ")
}
