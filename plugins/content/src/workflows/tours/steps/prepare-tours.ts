import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseOrThrow } from "@genussnetz/producers/api-utils"
import { GpxError, parseGpx, simplifyForDisplay, trackFigures } from "../../../tracks"
import { assertProducersExist, existingRecords, freeHandles } from "../../common/checks"
import { TourInput, type TourInputType } from "../schemas"

export const prepareToursStepId = "prepare-tours"

export type PreparedStop = { position: number; place_id: string | null; producer_id: string | null; note: string | null; note_en: string | null }

export type PreparedTour = {
  id?: string
  record: Record<string, unknown>
  /** Null when a change leaves the stops as they are. */
  stops: PreparedStop[] | null
  english: { title: string | null; description: string | null }
}

/** A changed tour need not send its track again. */
const TourChange = TourInput.partial({ gpx: true })

/** The track's records: the whole track, the map's simplification, and the figures computed from it. */
function trackRecord(gpx: string) {
  let points
  try {
    points = parseGpx(gpx).points
  } catch (error) {
    if (error instanceof GpxError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid tour: gpx: ${error.message}`)
    throw error
  }
  const figures = trackFigures(points)
  return {
    track: points,
    display_track: simplifyForDisplay(points),
    length_m: figures.length_m,
    ascent_m: figures.ascent_m,
    descent_m: figures.descent_m,
    ...figures.bounds,
    point_count: figures.points,
  }
}

/**
 * Checks tours as the association enters them (the schema; the GPX is a track; the stops' places
 * and producers exist; handles are free) and turns each into the module's record. Reads only.
 */
export const prepareToursStep = createStep(prepareToursStepId, async (input: { tours: (Partial<TourInputType> & { id?: string })[] }, { container }) => {
  const tours = input.tours.map(({ id, ...fields }) => ({ id, ...parseOrThrow(id ? TourChange : TourInput, fields, "tour") }))
  const stops = tours.flatMap((tour) => tour.stops ?? [])
  await assertProducersExist(container, stops.flatMap((stop) => (stop.producer_id ? [stop.producer_id] : [])))
  await existingRecords(container, "content_place", stops.flatMap((stop) => (stop.place_id ? [stop.place_id] : [])), [], "Genussort")
  const handles = await freeHandles(container, "content_tour", tours.map((tour) => ({ id: tour.id, handle: tour.handle, name: tour.title.de })), "tour")
  const prepared: PreparedTour[] = tours.map((tour, i) => ({
    ...(tour.id ? { id: tour.id } : {}),
    record: {
      ...(tour.id ? { id: tour.id } : {}),
      handle: handles[i],
      status: tour.status ?? "draft",
      mode: tour.mode,
      title: tour.title.de,
      description: tour.description.de,
      ...(tour.gpx ? trackRecord(tour.gpx) : {}),
    },
    stops: tour.stops
      ? tour.stops.map((stop, position) => ({
          position,
          place_id: stop.place_id ?? null,
          producer_id: stop.producer_id ?? null,
          note: stop.note?.de ?? null,
          note_en: stop.note?.en ?? null,
        }))
      : null,
    english: { title: tour.title.en ?? null, description: tour.description.en ?? null },
  }))
  return new StepResponse(prepared)
})
