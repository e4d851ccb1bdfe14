import { z } from "@medusajs/framework/zod"
import { EVENT_KINDS, EVENT_STATUSES } from "../modules/content/vocabulary"

/**
 * The HTTP contract of the content routes the shop reads (types for the storefront, schemas for
 * the tests): strict, so a field that is not meant for shoppers fails the tests that parse it.
 */

const Occurrence = z.strictObject({ starts_local: z.string(), ends_local: z.string(), starts_at: z.string(), ends_at: z.string() })

export const StoreEvent = z.strictObject({
  id: z.string(),
  handle: z.string(),
  kind: z.enum(EVENT_KINDS),
  status: z.enum(["published", "cancelled"]),
  title: z.string(),
  description: z.string(),
  all_day: z.boolean(),
  recurring: z.boolean(),
  place: z.strictObject({
    name: z.string(),
    street: z.string().nullable(),
    postal_code: z.string().nullable(),
    town: z.string(),
    latitude: z.number(),
    longitude: z.number(),
  }),
  organiser: z.string(),
  image_url: z.string().nullable(),
  ticket_url: z.string().nullable(),
  price: z.number().nullable(),
  cancellation_note: z.string().nullable(),
  producers: z.array(z.strictObject({ id: z.string(), handle: z.string(), name: z.string() })),
  occurrences: z.array(Occurrence),
})
export type StoreEventType = z.infer<typeof StoreEvent>

export const StoreEventList = z.strictObject({
  events: z.array(StoreEvent),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
  window: z.strictObject({ from: z.string(), to: z.string() }),
})
export type StoreEventListType = z.infer<typeof StoreEventList>

export const StoreEventDetail = z.strictObject({ event: StoreEvent })
export type StoreEventDetailType = z.infer<typeof StoreEventDetail>

export { EVENT_KINDS, EVENT_STATUSES }
export type { EventKind, EventStatus } from "../modules/content/vocabulary"
