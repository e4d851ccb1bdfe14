import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { ContentEvents, type ContentEventChangedData } from "../../content-events"
import { CONTENT_MODULE } from "../../modules/content"
import { createContentRecordsStep } from "../common/steps/create-content-records"
import type { EventInputType } from "./schemas"
import { prepareEventsStep } from "./steps/prepare-events"

export const createContentEventsWorkflowId = "create-content-events"

/**
 * The association adds events: checked, stored (a draft unless it says otherwise), with their
 * producers and English words; `content_event.changed` tells the other plugins once it is done.
 */
export const createContentEventsWorkflow = createWorkflow(createContentEventsWorkflowId, (input: { events: EventInputType[] }) => {
  const prepared = prepareEventsStep(input)
  const created = createContentRecordsStep(transform({ prepared }, ({ prepared }) => ({ kind: "content_event" as const, records: prepared.map((event) => event.record) })))
  createRemoteLinkStep(
    transform({ prepared, created }, ({ prepared, created }) =>
      prepared.flatMap((event, i) =>
        event.producer_ids.map((producerId) => ({ [CONTENT_MODULE]: { content_event_id: created[i].id }, [PRODUCER_MODULE]: { producer_id: producerId } }))
      )
    )
  )
  setEnglishTextsStep(
    transform({ prepared, created }, ({ prepared, created }) =>
      prepared
        .map((event, i) => ({ reference: "content_event", reference_id: created[i].id, translations: event.english }))
        .filter((entry) => entry.translations.title || entry.translations.description)
    )
  )
  emitEventStep({
    eventName: ContentEvents.EVENT_CHANGED,
    data: transform({ created }, ({ created }): ContentEventChangedData => ({ ids: created.map((event: { id: string }) => event.id) })),
  })
  return new WorkflowResponse(created)
})
