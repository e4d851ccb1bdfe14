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
