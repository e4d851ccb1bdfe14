import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { createContentRecordsStep } from "../common/steps/create-content-records"
import type { TourInputType } from "./schemas"
import { prepareToursStep } from "./steps/prepare-tours"
import { replaceTourStopsStep } from "./steps/replace-tour-stops"
import { ContentEvents, type ContentEventChangedData } from "../../content-events"

export const createContentToursWorkflowId = "create-content-tours"

/** The association adds tours: checked (the GPX read and measured), stored with their stops in order, English words set. */
export const createContentToursWorkflow = createWorkflow(createContentToursWorkflowId, (input: { tours: TourInputType[] }) => {
  const prepared = prepareToursStep(input)
  const created = createContentRecordsStep(transform({ prepared }, ({ prepared }) => ({ kind: "content_tour" as const, records: prepared.map((tour) => tour.record) })))
  const stops = replaceTourStopsStep(transform({ prepared, created }, ({ prepared, created }) => prepared.map((tour, i) => ({ tour_id: created[i].id, stops: tour.stops ?? [] }))))
  setEnglishTextsStep(
    transform({ prepared, created, stops }, ({ prepared, created, stops }) => [
      ...prepared
        .map((tour, i) => ({ reference: "content_tour", reference_id: created[i].id, translations: tour.english }))
        .filter((entry) => entry.translations.title || entry.translations.description),
      ...stops.filter((stop) => stop.note_en).map((stop) => ({ reference: "content_tour_stop", reference_id: stop.id, translations: { note: stop.note_en } })),
    ])
  )
  emitEventStep({ eventName: ContentEvents.TOUR_CHANGED, data: transform({ created }, ({ created }): ContentEventChangedData => ({ ids: created.map((record) => record.id) })) })
  return new WorkflowResponse(created)
})
