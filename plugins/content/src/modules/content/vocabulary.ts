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
