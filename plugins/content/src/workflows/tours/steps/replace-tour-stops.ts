import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"
import type { PreparedStop } from "./prepare-tours"

export const replaceTourStopsStepId = "replace-tour-stops"

/**
 * Gives tours their stops in order: the ones they had are (softly) removed, the new ones made.
 * Undone by removing the new and restoring the old. Answers the stops made, with their English notes.
 */
export const replaceTourStopsStep = createStep(
  replaceTourStopsStepId,
  async (input: { tour_id: string; stops: PreparedStop[] }[], { container }) => {
    const service = container.resolve<ContentModuleService>(CONTENT_MODULE)
    const tourIds = input.map((entry) => entry.tour_id)
    const old = tourIds.length ? await service.listContentTourStops({ tour_id: tourIds }, { select: ["id"] }) : []
    if (old.length) await service.softDeleteContentTourStops(old.map((stop) => stop.id))
    const wanted = input.flatMap((entry) =>
      entry.stops.map((stop) => ({ tour_id: entry.tour_id, position: stop.position, place_id: stop.place_id, producer_id: stop.producer_id, note: stop.note }))
    )
    const made = wanted.length ? await service.createContentTourStops(wanted) : []
    const notes = input.flatMap((entry) => entry.stops.map((stop) => stop.note_en))
    return new StepResponse(
      made.map((stop, i) => ({ id: stop.id, note_en: notes[i] })),
      { made: made.map((stop) => stop.id), removed: old.map((stop) => stop.id) }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ContentModuleService>(CONTENT_MODULE)
    if (undo.made.length) await service.deleteContentTourStops(undo.made)
    if (undo.removed.length) await service.restoreContentTourStops(undo.removed)
  }
)
