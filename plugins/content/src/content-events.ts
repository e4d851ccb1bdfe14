/**
 * The events the content plugin emits, for other plugins to follow without reading its tables
 * on every request: the marketplace makes a weekly market a pickup point for the producers
 * standing at it (its subscriber follows `content_event.changed`).
 */
export const ContentEvents = {
  /** An event was created or changed (its words, time, place, producers or status). */
  EVENT_CHANGED: "content_event.changed",
} as const

/** The data of a content event's notice: the events concerned. */
export type ContentEventChangedData = { ids: string[] }

/** The content module's models, as Medusa's service factory names their record events. */
const CONTENT_MODELS = ["content_event", "content_place", "content_tour", "content_tour_stop", "content_story"] as const

/**
 * What the content module emits on its own for every record it writes (Medusa's service
 * factory: `<module>.<model>.<action>`, payload `{ id }`): any change of an event, Genussort,
 * tour, stop or story. The shop's page cache follows them (backend/src/subscribers/storefront-pages.ts).
 */
export const CONTENT_RECORD_EVENTS: string[] = CONTENT_MODELS.flatMap((model) =>
  ["created", "updated", "deleted"].map((action) => `content.${model}.${action}`)
)
