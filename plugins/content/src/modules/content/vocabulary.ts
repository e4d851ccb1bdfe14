/**
 * The words of the content module, each list used by the data model, the validators and
 * (through the exported HTTP contract) the storefront's labels.
 */

/**
 * Where an event stands: a `draft` is the association's alone; `published` is in the shop and
 * the iCal feed; `cancelled` stays visible as cancelled (people who saw it must learn it is off).
 */
export const EVENT_STATUSES = ["draft", "published", "cancelled"] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]
/** The statuses the shop and the feed show. */
export const PUBLIC_EVENT_STATUSES = ["published", "cancelled"] as const satisfies readonly EventStatus[]

/** What kind of event it is, for the calendar's filter. */
export const EVENT_KINDS = ["market", "festival", "tasting", "tour", "course", "open_day"] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/**
 * Where a Genussort, tour or story stands: a `draft` is the association's alone, `published`
 * is in the shop. (Unlike an event, nothing is "cancelled": a place that closes is unpublished.)
 */
export const CONTENT_STATUSES = ["draft", "published"] as const
export type ContentStatus = (typeof CONTENT_STATUSES)[number]

/** What kind of Genussort: a place to taste or to buy. */
export const PLACE_KINDS = ["beer_cellar", "tap_room", "farm_shop", "market_hall", "restaurant", "cafe"] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

/** How a tour is travelled. */
export const TOUR_MODES = ["walk", "bike", "car"] as const
export type TourMode = (typeof TOUR_MODES)[number]

/**
 * A Genussort's opening hours: each rule opens on `days` (1 Monday … 7 Sunday) from `opens` to
 * `closes` (Berlin time "HH:mm"); with `from`/`until` ("MM-DD", both included) only in that
 * season — a Bierkeller opens in summer. A season may run over the year's end.
 */
export type OpeningHoursRule = { days: number[]; opens: string; closes: string; from?: string | null; until?: string | null }
