/**
 * The events the content plugin emits, for other plugins to follow without reading its tables
 * on every request: the marketplace makes a weekly market a pickup point for the producers
 * standing at it (its subscriber follows `content_event.changed`); the backend drops the shop's
 * pages showing what changed (backend/src/subscribers/storefront-pages.ts).
 */
export const ContentEvents = {
  /** An event was created or changed (its words, time, place, producers or status). */
  EVENT_CHANGED: "content_event.changed",
  /** Genussorte, tours or stories were created or changed (the shop's page cache follows them). */
  PLACE_CHANGED: "content_place.changed",
  TOUR_CHANGED: "content_tour.changed",
  STORY_CHANGED: "content_story.changed",
} as const

/** The data of each notice: the records concerned. */
export type ContentEventChangedData = { ids: string[] }

