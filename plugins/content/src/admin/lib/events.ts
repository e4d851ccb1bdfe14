import type { EventKind, EventStatus } from "../../modules/content/vocabulary"
import { listOf, listText, NO_WORDS, numberOf, numberText, optionalNumberOf, optionalText, wordsDraftOf, wordsOf, type Words, type WordsDraft } from "./form"
import type { PagedAnswer } from "./use-paged-list"

/** An event as `GET /admin/events` lists it. */
export type ListedEvent = { id: string; handle: string; kind: EventKind; status: EventStatus; title: string; starts_local: string; ends_local: string; all_day: boolean; rrule: string | null; town: string }
export type EventPage = PagedAnswer & { events: ListedEvent[] }

/** Where an event is, as an address with coordinates (at a Genussort: a copy of its address). */
export type EventPlace = { name: string; street: string | null; postal_code: string | null; town: string; latitude: number; longitude: number }

/** An event as `GET /admin/events/:id` gives it: the shape `POST` takes. */
export type EventAsInput = {
  id: string
  handle: string
  kind: EventKind
  status: EventStatus
  title: Words
  description: Words
  starts: string
  ends: string
  all_day: boolean
  rrule: string | null
  exdates: string[]
  place_id: string | null
  place: EventPlace
  organiser: string
  producer_ids: string[]
  image_url: string | null
  ticket_url: string | null
  price: number | null
  cancellation_note: string | null
}

/** An event as the form holds it: at an address typed here, or at a Genussort by id. */
export type EventDraft = {
  handle: string
  kind: EventKind
  status: EventStatus
  title: WordsDraft
  description: WordsDraft
  starts: string
  ends: string
  all_day: boolean
  rrule: string
  exdates: string
  at: "address" | "genussort"
  place_id: string
  place_name: string
  street: string
  postal_code: string
  town: string
  latitude: string
  longitude: string
  organiser: string
  producer_ids: string
  image_url: string
  ticket_url: string
  price: string
  cancellation_note: string
}

export const NEW_EVENT: EventDraft = {
  handle: "",
  kind: "market",
  status: "draft",
  title: NO_WORDS,
  description: NO_WORDS,
  starts: "",
  ends: "",
  all_day: false,
  rrule: "",
  exdates: "",
  at: "address",
  place_id: "",
  place_name: "",
  street: "",
  postal_code: "",
  town: "",
  latitude: "",
  longitude: "",
  organiser: "",
  producer_ids: "",
  image_url: "",
  ticket_url: "",
  price: "",
  cancellation_note: "",
}

export const eventDraftOf = (event: EventAsInput): EventDraft => ({
  handle: event.handle,
  kind: event.kind,
  status: event.status,
  title: wordsDraftOf(event.title),
  description: wordsDraftOf(event.description),
  starts: event.starts,
  ends: event.ends,
  all_day: event.all_day,
  rrule: event.rrule ?? "",
  exdates: listText(event.exdates),
  at: event.place_id ? "genussort" : "address",
  place_id: event.place_id ?? "",
  // At a Genussort these hold its address: switching to an address starts from there.
  place_name: event.place.name,
  street: event.place.street ?? "",
  postal_code: event.place.postal_code ?? "",
  town: event.place.town,
  latitude: numberText(event.place.latitude),
  longitude: numberText(event.place.longitude),
  organiser: event.organiser,
  producer_ids: listText(event.producer_ids),
  image_url: event.image_url ?? "",
  ticket_url: event.ticket_url ?? "",
  price: numberText(event.price),
  cancellation_note: event.cancellation_note ?? "",
})

/**
 * The body of `POST /admin/events` (and, its changed fields, of `POST /admin/events/:id`). At a
 * Genussort only its id goes (the route copies its address); at an address the id is cleared.
 */
export const eventBodyOf = (draft: EventDraft) => ({
  handle: draft.handle.trim() || undefined,
  kind: draft.kind,
  status: draft.status,
  title: wordsOf(draft.title),
  description: wordsOf(draft.description),
  starts: draft.starts.trim(),
  ends: draft.ends.trim(),
  all_day: draft.all_day,
  rrule: optionalText(draft.rrule),
  exdates: listOf(draft.exdates),
  ...(draft.at === "genussort"
    ? { place_id: optionalText(draft.place_id) }
    : {
        place_id: null,
        place: {
          name: draft.place_name,
          street: optionalText(draft.street),
          postal_code: optionalText(draft.postal_code),
          town: draft.town,
          latitude: numberOf(draft.latitude),
          longitude: numberOf(draft.longitude),
        },
      }),
  organiser: draft.organiser,
  producer_ids: listOf(draft.producer_ids),
  image_url: optionalText(draft.image_url),
  ticket_url: optionalText(draft.ticket_url),
  price: optionalNumberOf(draft.price),
  cancellation_note: optionalText(draft.cancellation_note),
})
