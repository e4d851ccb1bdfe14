import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wordsOf } from "../../common/english"
import type { TourInputType } from "../schemas"

export const loadContentTourStepId = "load-content-tour"

/** The figures the admin shows beside a tour's form, computed when its track was uploaded. */
export const TOUR_FIGURE_FIELDS = ["length_m", "ascent_m", "descent_m", "point_count", "min_lat", "min_lon", "max_lat", "max_lon"]

export type TourAsInput = Omit<TourInputType, "gpx"> & { id: string; figures: Record<string, number | null> }

/** A tour as the admin's form and the update read it (without its track, which is not sent back), or 404. Reads only. */
export const loadContentTourStep = createStep(loadContentTourStepId, async (input: { id: string }, { container }) => {
  return new StepResponse(await loadTourAsInput(container, input.id))
})

export async function loadTourAsInput(container: MedusaContainer, id: string): Promise<TourAsInput> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "content_tour",
    fields: ["id", "handle", "status", "mode", "title", "description", ...TOUR_FIGURE_FIELDS, "stops.id", "stops.position", "stops.producer_id", "stops.note", "stops.place.id"],
    filters: { id },
  })
  const tour = data[0]
  if (!tour) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No tour with id "${id}" was found`)
  const words = await wordsOf(container, "content_tour", tour, ["title", "description"])
  const stops = [...(tour.stops ?? [])].filter(Boolean).sort((a: any, b: any) => a.position - b.position)
  const notes = await Promise.all(stops.map((stop: any) => wordsOf(container, "content_tour_stop", stop, ["note"])))
  return {
    id: tour.id,
    handle: tour.handle,
    status: tour.status,
    mode: tour.mode,
    title: words.title!,
    description: words.description!,
    stops: stops.map((stop: any, i: number) => ({ place_id: stop.place?.id ?? null, producer_id: stop.producer_id ?? null, note: notes[i].note })),
    figures: Object.fromEntries(TOUR_FIGURE_FIELDS.map((field) => [field, tour[field] ?? null])),
  }
}
