/**
 * The rules of a tour as the association enters it, enforced by the workflows (seed and routes
 * alike) and reused by the admin routes' validators. The track comes as a GPX file's text; the
 * prepare step reads it with a GPX library (tracks/gpx.ts) and refuses what is not a track.
 */
import { z } from "@medusajs/framework/zod"
import { germanAndEnglish } from "@genussnetz/producers/api-utils"
import { CONTENT_STATUSES, TOUR_MODES } from "../../modules/content/vocabulary"
import { handle, text, changesOf } from "../common/fields"

/** The largest GPX text accepted (a day's ride recorded every second is about 5 MB). */
export const MAX_GPX_CHARACTERS = 15_000_000

/** A stop: a Genussort or a producer of the network, with a line on what to do there. */
export const TourStopInput = z
  .strictObject({
    place_id: text(100).nullish(),
    producer_id: text(100).nullish(),
    note: germanAndEnglish(1, 500).nullish(),
  })
  .refine((stop) => !stop.place_id !== !stop.producer_id, "A stop is either a Genussort (place_id) or a producer (producer_id)")

export const TOUR_SHAPE = {
  handle: handle.optional(),
  status: z.enum(CONTENT_STATUSES).optional(),
  mode: z.enum(TOUR_MODES),
  title: germanAndEnglish(1, 200),
  description: germanAndEnglish(1, 5000),
  /** The track as a GPX file's text. */
  gpx: z.string().min(1).max(MAX_GPX_CHARACTERS),
  stops: z.array(TourStopInput).max(40).optional(),
}

export const TourInput = z.object(TOUR_SHAPE).strict()
export type TourInputType = z.infer<typeof TourInput>

export const TourChanges = changesOf(TOUR_SHAPE)
export type TourChangesType = z.infer<typeof TourChanges>
