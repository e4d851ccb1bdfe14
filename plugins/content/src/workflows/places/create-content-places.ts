import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { CONTENT_MODULE } from "../../modules/content"
import { createContentRecordsStep } from "../common/steps/create-content-records"
import type { PlaceInputType } from "./schemas"
import { preparePlacesStep } from "./steps/prepare-places"
import { ContentEvents, type ContentEventChangedData } from "../../content-events"

export const createContentPlacesWorkflowId = "create-content-places"

/** The association adds Genussorte: checked, stored (a draft unless it says otherwise), with the producer running each and English words. */
export const createContentPlacesWorkflow = createWorkflow(createContentPlacesWorkflowId, (input: { places: PlaceInputType[] }) => {
  const prepared = preparePlacesStep(input)
  const created = createContentRecordsStep(transform({ prepared }, ({ prepared }) => ({ kind: "content_place" as const, records: prepared.map((place) => place.record) })))
  createRemoteLinkStep(
    transform({ prepared, created }, ({ prepared, created }) =>
      prepared.flatMap((place, i) =>
        place.producer_id ? [{ [CONTENT_MODULE]: { content_place_id: created[i].id }, [PRODUCER_MODULE]: { producer_id: place.producer_id } }] : []
      )
    )
  )
  setEnglishTextsStep(
    transform({ prepared, created }, ({ prepared, created }) =>
      prepared
        .map((place, i) => ({ reference: "content_place", reference_id: created[i].id, translations: place.english }))
        .filter((entry) => entry.translations.description || entry.translations.opening_note)
    )
  )
  emitEventStep({ eventName: ContentEvents.PLACE_CHANGED, data: transform({ created }, ({ created }): ContentEventChangedData => ({ ids: created.map((record) => record.id) })) })
  return new WorkflowResponse(created)
})
