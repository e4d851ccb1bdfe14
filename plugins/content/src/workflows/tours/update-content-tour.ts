import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { updateContentRecordsStep } from "../common/steps/update-content-records"
import type { TourChangesType } from "./schemas"
import { loadContentTourStep } from "./steps/load-content-tour"
import { prepareToursStep } from "./steps/prepare-tours"
import { replaceTourStopsStep } from "./steps/replace-tour-stops"
import { ContentEvents, type ContentEventChangedData } from "../../content-events"

export const updateContentTourWorkflowId = "update-content-tour"

/** The association changes a tour — words, mode, a new track (GPX), the stops — or publishes it. Checked whole, as when created. */
export const updateContentTourWorkflow = createWorkflow(updateContentTourWorkflowId, (input: { id: string; changes: TourChangesType }) => {
  const key = transform({ input }, ({ input }) => `content-tour-${input.id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const current = loadContentTourStep(input)
  const prepared = prepareToursStep(
    transform({ input, current }, ({ input, current }) => {
      const { figures: _figures, ...unchanged } = current
      return { tours: [{ ...unchanged, ...input.changes }] }
    })
  )
  const updated = updateContentRecordsStep(
    transform({ prepared }, ({ prepared }) => ({ kind: "content_tour" as const, records: prepared.map((tour) => tour.record as Record<string, unknown> & { id: string }) }))
  )
  const stops = when({ input }, ({ input }) => !!input.changes.stops).then(() =>
    replaceTourStopsStep(transform({ input, prepared }, ({ input, prepared }) => [{ tour_id: input.id, stops: prepared[0].stops ?? [] }]))
  )
  setEnglishTextsStep(
    transform({ input, stops }, ({ input, stops }) => {
      const translations: Record<string, string | null> = {}
      if (input.changes.title) translations.title = input.changes.title.en ?? null
      if (input.changes.description) translations.description = input.changes.description.en ?? null
      return [
        ...(Object.keys(translations).length ? [{ reference: "content_tour", reference_id: input.id, translations }] : []),
        ...(stops ?? []).filter((stop) => stop.note_en).map((stop) => ({ reference: "content_tour_stop", reference_id: stop.id, translations: { note: stop.note_en } })),
      ]
    })
  )
  releaseLockStep({ key })
  emitEventStep({ eventName: ContentEvents.TOUR_CHANGED, data: transform({ input }, ({ input }): ContentEventChangedData => ({ ids: [input.id] })) })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
