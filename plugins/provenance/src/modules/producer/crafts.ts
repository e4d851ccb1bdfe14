/**
 * The crafts a producer of the network can practise. One list, used by the data model,
 * the validators and (through the Store API) the storefront's labels.
 */
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
