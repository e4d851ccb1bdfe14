/**
 * A weekly market where producers stand is a pickup point for their goods: the association's
 * calendar (the content plugin) says which market, when and who stands there; each producer
 * set up to sell gets a shipping option "Abholung am Markt: …" in its pickup service zone, a
 * pickup like the one at its farm shop (type code "pickup", so the order flows through "ready
 * for pickup"), told apart by `data.kind` and carrying where and when.
 */
import { weeklyHours, type EventTiming, type WeeklyHours } from "@genussnetz/content/calendar"

/** `data.kind` of a market's pickup option (a producer's own ways are "pickup", "delivery", "parcel"). */
export const MARKET_PICKUP = "market_pickup"

/** An event of the association's calendar as the market pickups read it. */
export type MarketEvent = EventTiming & {
  id: string
  handle: string
  kind: string
  status: string
  /** When its last date ends; null while it runs on. */
  last_ends_at: Date | string | null
  title: string
  title_en: string | null
  place_name: string
  street: string | null
  postal_code: string | null
  town: string
}

/** What a market's pickup option keeps in its `data`, for the checkout, the order and the producer. */
export type MarketPickupData = {
  kind: typeof MARKET_PICKUP
  market: { event_id: string; handle: string; title: string; title_en: string | null }
  pickup_hours: WeeklyHours
  pickup_address: { place_name: string; address_1: string; postal_code: string | null; city: string }
}

/**
 * When the market is a pickup point: its weekly hours, or null when it is none — not a market,
 * not published (a draft, or cancelled), over by `now`, or not the same hours every week (a
 * monthly or all-day market has no hours a shopper can plan a pickup by).
 */
export function marketPickupHours(event: MarketEvent, now: Date): WeeklyHours | null {
  if (event.kind !== "market" || event.status !== "published") return null
  if (event.last_ends_at !== null && new Date(event.last_ends_at).getTime() <= now.getTime()) return null
  return weeklyHours(event)
}

/** The option's data for a market that is a pickup point. */
export function marketPickupData(event: MarketEvent, hours: WeeklyHours): MarketPickupData {
  return {
    kind: MARKET_PICKUP,
    market: { event_id: event.id, handle: event.handle, title: event.title, title_en: event.title_en },
    pickup_hours: hours,
    pickup_address: { place_name: event.place_name, address_1: event.street ?? event.place_name, postal_code: event.postal_code, city: event.town },
  }
}

/** The market an option's data names, or null for the producer's own ways. */
export function marketOf(data: unknown): MarketPickupData["market"] | null {
  const value = data as Partial<MarketPickupData> | null | undefined
  return value?.kind === MARKET_PICKUP && typeof value.market?.event_id === "string" ? value.market : null
}
