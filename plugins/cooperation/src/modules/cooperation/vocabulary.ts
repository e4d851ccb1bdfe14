/**
 * The cooperation board's words, one list each, shared by the models, the validators, the
 * matching and the pages.
 */

/** An offer of spare capacity or surplus, or a need. */
export const POST_KINDS = ["offer", "need"] as const
export type PostKind = (typeof POST_KINDS)[number]

/** open → closed by its producer (found someone, changed its mind); expired once its window has passed. */
export const POST_STATUSES = ["open", "closed", "expired"] as const
export type PostStatus = (typeof POST_STATUSES)[number]

/** What a quantity is counted in: goods by weight or volume, animals, pieces, or time and room. */
export const QUANTITY_UNITS = ["kg", "t", "l", "hl", "pieces", "animals", "hours", "pallets"] as const
export type QuantityUnit = (typeof QUANTITY_UNITS)[number]

/** How often the quantity comes: once, or every week, month or year of the window. */
export const QUANTITY_RHYTHMS = ["once", "week", "month", "year"] as const
export type QuantityRhythm = (typeof QUANTITY_RHYTHMS)[number]

/** How far a producer goes for a partner unless it says otherwise (the resilience analysis's reach). */
export const DEFAULT_POST_RADIUS_KM = 50

/** Where a producer sells besides genussnetz. */
export const SALES_OUTLET_KINDS = ["farm_shop", "market", "retail", "wholesale", "restaurant", "online", "other"] as const
export type SalesOutletKind = (typeof SALES_OUTLET_KINDS)[number]
