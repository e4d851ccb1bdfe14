/**
 * The words of the producer module, each list used by the data model, the validators and
 * (through the exported HTTP contract) the storefront's labels.
 */

/** The crafts a producer of the network can practise. */
export const PRODUCER_CRAFTS = [
  "farm",
  "mill",
  "maltster",
  "bakery",
  "butchery",
  "slaughterhouse",
  "brewery",
  "dairy",
  "apiary",
  "distillery",
  "fishery",
  "restaurant",
] as const

export type ProducerCraft = (typeof PRODUCER_CRAFTS)[number]

/** Weekday numbers follow ISO 8601: 1 = Monday … 7 = Sunday. */
export type OpeningHours = { day: 1 | 2 | 3 | 4 | 5 | 6 | 7; opens: string; closes: string }[]

/** One of a producer's own photos, as its profile keeps it. */
export type ProducerPhoto = { id: string; width: number; height: number; sizes: { width: number; height: number; url: string; file_id: string }[] }
/** Enough to show the farm, the shop and the workshop; few enough for a phone's page. */
export const MAX_PRODUCER_PHOTOS = 4

/**
 * Where a producer stands in the association: `active` sells; `paused` keeps its profile
 * and products visible but is not taking orders (a holiday, a bad harvest); `left` is gone
 * from the shop and kept only for the history of orders and supply chains.
 */
export const PRODUCER_STATUSES = ["active", "paused", "left"] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

/** The statuses under which the shop shows a producer. */
export const LISTED_PRODUCER_STATUSES: readonly ProducerStatus[] = ["active", "paused"]

/**
 * A business's application to join: `pending` until the association decides; `approved` made it
 * a producer (and sent its owner an invitation), `rejected` was answered with a reason.
 */
export const APPLICATION_STATUSES = ["pending", "approved", "rejected"] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/**
 * What a member of a producer's team may do: the `owner` everything, `staff` the daily work
 * (products, orders, provenance) but not the payout data or the team itself.
 */
export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** How long an invitation's link can be used: long enough for a busy week, short enough to age out of an inbox. */
export const INVITATION_LIFETIME_DAYS = 7

/**
 * A handle from a business's name: "Bäckerei Fränkisch & Söhne" → "baeckerei-fraenkisch-soehne".
 * The approval derives it when none is given; the admin page shows it as the handle's placeholder.
 */
export function handleFromName(name: string): string {
  const umlauts: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" }
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (character) => umlauts[character])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
}

