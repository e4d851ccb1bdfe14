import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { CONTENT_MODULE } from "../../modules/content"
import { updateContentRecordsStep } from "../common/steps/update-content-records"
import type { PlaceChangesType } from "./schemas"
import { loadContentPlaceStep } from "./steps/load-content-place"
import { preparePlacesStep } from "./steps/prepare-places"
import { ContentEvents, type ContentEventChangedData } from "../../content-events"

export const updateContentPlaceWorkflowId = "update-content-place"

/** The association changes a Genussort — words, address, hours, producer, or publishes it. Checked whole, as when created. */
export const updateContentPlaceWorkflow = createWorkflow(updateContentPlaceWorkflowId, (input: { id: string; changes: PlaceChangesType }) => {
  const key = transform({ input }, ({ input }) => `content-place-${input.id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const current = loadContentPlaceStep(input)
  const prepared = preparePlacesStep(
    transform({ input, current }, ({ input, current }) => ({
      places: [
        {
          ...current,
          ...input.changes,
          opening_note: input.changes.opening_note !== undefined ? input.changes.opening_note : current.opening_note,
        },
      ],
    }))
  )
  const updated = updateContentRecordsStep(
    transform({ prepared }, ({ prepared }) => ({ kind: "content_place" as const, records: prepared.map((place) => place.record as Record<string, unknown> & { id: string }) }))
  )
  const links = transform({ input, current, prepared }, ({ input, current, prepared }) => {
    const link = (producerId: string) => ({ [CONTENT_MODULE]: { content_place_id: input.id }, [PRODUCER_MODULE]: { producer_id: producerId } })
    const [before, after] = [current.producer_id ?? null, prepared[0].producer_id]
    return before === after ? { removed: [], added: [] } : { removed: before ? [link(before)] : [], added: after ? [link(after)] : [] }
  })
  dismissRemoteLinkStep(transform({ links }, ({ links }) => links.removed))
  createRemoteLinkStep(transform({ links }, ({ links }) => links.added))
  setEnglishTextsStep(
    transform({ input }, ({ input }) => {
      const translations: Record<string, string | null> = {}
      if (input.changes.description) translations.description = input.changes.description.en ?? null
      if (input.changes.opening_note !== undefined) translations.opening_note = input.changes.opening_note?.en ?? null
      return Object.keys(translations).length ? [{ reference: "content_place", reference_id: input.id, translations }] : []
    })
  )
  releaseLockStep({ key })
  emitEventStep({ eventName: ContentEvents.PLACE_CHANGED, data: transform({ input }, ({ input }): ContentEventChangedData => ({ ids: [input.id] })) })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
