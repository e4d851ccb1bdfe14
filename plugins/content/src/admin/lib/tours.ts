import type { ContentStatus, TourMode } from "../../modules/content/vocabulary"
import { NO_WORDS, optionalWordsOf, wordsDraftOf, wordsOf, type Words, type WordsDraft } from "./form"
import type { PagedAnswer } from "./use-paged-list"

/** A tour as `GET /admin/tours` lists it (never its track). */
export type ListedTour = { id: string; handle: string; status: ContentStatus; mode: TourMode; title: string; length_m: number | null; ascent_m: number | null; point_count: number | null }
export type TourPage = PagedAnswer & { tours: ListedTour[] }

/** What was computed from a tour's track when it was uploaded. */
export type TourFigures = {
  length_m: number | null
  ascent_m: number | null
  descent_m: number | null
  point_count: number | null
  min_lat: number | null
  min_lon: number | null
  max_lat: number | null
  max_lon: number | null
}

export type TourStop = { place_id: string | null; producer_id: string | null; note: Words | null }

/** A tour as `GET /admin/tours/:id` gives it: the shape `POST` takes, without the track, with its figures. */
export type TourAsInput = {
  id: string
  handle: string
  status: ContentStatus
  mode: TourMode
  title: Words
  description: Words
  stops: TourStop[]
  figures: TourFigures
}

/** A GPX file chosen in the browser, read as text: the route reads and measures it. */
export type GpxFile = { name: string; size: number; text: string }

/** A stop as the form holds it: a Genussort or a producer, by id. */
export type StopDraft = { of: "place" | "producer"; id: string; note: WordsDraft }

export type TourDraft = {
  handle: string
  status: ContentStatus
  mode: TourMode
  title: WordsDraft
  description: WordsDraft
  /** A new track; none keeps the one the tour has. */
  gpx: GpxFile | null
  stops: StopDraft[]
}

export const NEW_TOUR: TourDraft = { handle: "", status: "draft", mode: "bike", title: NO_WORDS, description: NO_WORDS, gpx: null, stops: [] }

export const tourDraftOf = (tour: TourAsInput): TourDraft => ({
  handle: tour.handle,
  status: tour.status,
  mode: tour.mode,
  title: wordsDraftOf(tour.title),
  description: wordsDraftOf(tour.description),
  gpx: null,
  stops: tour.stops.map((stop) => ({ of: stop.place_id ? "place" : "producer", id: stop.place_id ?? stop.producer_id ?? "", note: wordsDraftOf(stop.note) })),
})

/** The body of `POST /admin/tours` (and, its changed fields, of `POST /admin/tours/:id`): the track only when a file was chosen. */
export const tourBodyOf = (draft: TourDraft) => ({
  handle: draft.handle.trim() || undefined,
  status: draft.status,
  mode: draft.mode,
  title: wordsOf(draft.title),
  description: wordsOf(draft.description),
  gpx: draft.gpx?.text,
  stops: draft.stops.map((stop) => {
    const note = optionalWordsOf(stop.note)
    return { ...(stop.of === "place" ? { place_id: stop.id.trim() } : { producer_id: stop.id.trim() }), ...(note ? { note } : {}) }
  }),
})
