import { z } from "@medusajs/framework/zod"
import { EVENT_KINDS, EVENT_STATUSES, PLACE_KINDS, TOUR_MODES } from "../modules/content/vocabulary"

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
    /** The Genussort's handle when the event is held at one the shop shows. */
    handle: z.string().nullable(),
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

const ListPage = { count: z.number(), offset: z.number(), limit: z.number() }
const PublicProducer = z.strictObject({ id: z.string(), handle: z.string(), name: z.string() })

export const StorePlace = z.strictObject({
  id: z.string(),
  handle: z.string(),
  kind: z.enum(PLACE_KINDS),
  name: z.string(),
  description: z.string(),
  address: z.strictObject({ street: z.string(), postal_code: z.string(), town: z.string(), latitude: z.number(), longitude: z.number() }),
  /** Days 1 (Monday) … 7; `from`/`until` ("MM-DD") bound a season, null all year. */
  opening_hours: z.array(
    z.strictObject({ days: z.array(z.number()), opens: z.string(), closes: z.string(), from: z.string().nullable(), until: z.string().nullable() })
  ),
  opening_note: z.string().nullable(),
  website_url: z.string().nullable(),
  image_url: z.string().nullable(),
  producer: PublicProducer.nullable(),
})
export type StorePlaceType = z.infer<typeof StorePlace>
export const StorePlaceList = z.strictObject({ places: z.array(StorePlace), ...ListPage })
export type StorePlaceListType = z.infer<typeof StorePlaceList>
export const StorePlaceDetail = z.strictObject({ place: StorePlace })

export const StoreTour = z.strictObject({
  id: z.string(),
  handle: z.string(),
  mode: z.enum(TOUR_MODES),
  title: z.string(),
  description: z.string(),
  length_m: z.number(),
  ascent_m: z.number().nullable(),
  descent_m: z.number().nullable(),
  bounds: z.strictObject({ min_lat: z.number(), min_lon: z.number(), max_lat: z.number(), max_lon: z.number() }),
})
export type StoreTourType = z.infer<typeof StoreTour>
export const StoreTourList = z.strictObject({ tours: z.array(StoreTour), ...ListPage })
export type StoreTourListType = z.infer<typeof StoreTourList>

export const StoreTourStop = z.strictObject({
  kind: z.enum(["place", "producer"]),
  handle: z.string(),
  name: z.string(),
  place_kind: z.enum(PLACE_KINDS).nullable(),
  town: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  note: z.string().nullable(),
})
export const StoreTourDetail = z.strictObject({
  tour: StoreTour.extend({
    point_count: z.number(),
    /** The track simplified for the map: [longitude, latitude, elevation or null], at most a few hundred points. */
    display_track: z.array(z.tuple([z.number(), z.number(), z.number().nullable()])),
    stops: z.array(StoreTourStop),
  }).strict(),
})
export type StoreTourDetailType = z.infer<typeof StoreTourDetail>

export const StoreStory = z.strictObject({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  teaser: z.string(),
  author: z.string(),
  image_url: z.string().nullable(),
  published_at: z.string(),
})
export type StoreStoryType = z.infer<typeof StoreStory>
export const StoreStoryList = z.strictObject({ stories: z.array(StoreStory), ...ListPage })
export type StoreStoryListType = z.infer<typeof StoreStoryList>
export const StoreStoryDetail = z.strictObject({
  story: StoreStory.extend({
    /** Markdown as the association wrote it: render it only through a sanitizer. */
    body: z.string(),
    producers: z.array(PublicProducer),
    products: z.array(z.strictObject({ id: z.string(), handle: z.string(), title: z.string() })),
  }).strict(),
})
export type StoreStoryDetailType = z.infer<typeof StoreStoryDetail>

export { EVENT_KINDS, EVENT_STATUSES, PLACE_KINDS, TOUR_MODES }
export type { EventKind, EventStatus, PlaceKind, TourMode, OpeningHoursRule } from "../modules/content/vocabulary"
