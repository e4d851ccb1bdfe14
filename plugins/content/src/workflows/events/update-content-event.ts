import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { ContentEvents, type ContentEventChangedData } from "../../content-events"
import { CONTENT_MODULE } from "../../modules/content"
import { updateContentRecordsStep } from "../common/steps/update-content-records"
import type { EventChangesType } from "./schemas"
import { loadContentEventStep } from "./steps/load-content-event"
import { prepareEventsStep } from "./steps/prepare-events"

export const updateContentEventWorkflowId = "update-content-event"

/**
 * The association changes an event — its words, time, place, producers, or its status (publish,
 * cancel with a note). The changed event is checked whole, as when it was created; other plugins
 * hear of it through `content_event.changed`.
 */
export const updateContentEventWorkflow = createWorkflow(updateContentEventWorkflowId, (input: { id: string; changes: EventChangesType }) => {
  const key = transform({ input }, ({ input }) => `content-event-${input.id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const current = loadContentEventStep(input)
  const prepared = prepareEventsStep(
    transform({ input, current }, ({ input, current }) => {
      const changes = input.changes
      return {
        events: [
          {
            ...current,
            ...changes,
            title: changes.title ?? current.title,
            description: changes.description ?? current.description,
            place: changes.place ?? current.place,
            // A new address moves the event away from its Genussort.
            place_id: changes.place_id !== undefined ? changes.place_id : changes.place ? null : current.place_id,
          },
        ],
      }
    })
  )
  const updated = updateContentRecordsStep(
    transform({ prepared }, ({ prepared }) => ({ kind: "content_event" as const, records: prepared.map((event) => event.record as Record<string, unknown> & { id: string }) }))
  )
  const links = transform({ input, current, prepared }, ({ input, current, prepared }) => {
    const before = new Set(current.producer_ids ?? [])
    const after = new Set(prepared[0].producer_ids)
    const link = (producerId: string) => ({ [CONTENT_MODULE]: { content_event_id: input.id }, [PRODUCER_MODULE]: { producer_id: producerId } })
    return { removed: [...before].filter((id) => !after.has(id)).map(link), added: [...after].filter((id) => !before.has(id)).map(link) }
  })
  dismissRemoteLinkStep(transform({ links }, ({ links }) => links.removed))
  createRemoteLinkStep(transform({ links }, ({ links }) => links.added))
  setEnglishTextsStep(
    transform({ input }, ({ input }) => {
      const translations: Record<string, string | null> = {}
      if (input.changes.title) translations.title = input.changes.title.en ?? null
      if (input.changes.description) translations.description = input.changes.description.en ?? null
      return Object.keys(translations).length ? [{ reference: "content_event", reference_id: input.id, translations }] : []
    })
  )
  releaseLockStep({ key })
  emitEventStep({ eventName: ContentEvents.EVENT_CHANGED, data: transform({ input }, ({ input }): ContentEventChangedData => ({ ids: [input.id] })) })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
