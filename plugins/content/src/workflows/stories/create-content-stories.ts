import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { createContentRecordsStep } from "../common/steps/create-content-records"
import type { StoryInputType } from "./schemas"
import { prepareStoriesStep } from "./steps/prepare-stories"
import { storyLink } from "./story-links"
import { ContentEvents, type ContentEventChangedData } from "../../content-events"

export const createContentStoriesWorkflowId = "create-content-stories"

/** The association adds stories: checked, stored (a draft unless it says otherwise), linked to their producers and products, with English words. */
export const createContentStoriesWorkflow = createWorkflow(createContentStoriesWorkflowId, (input: { stories: StoryInputType[] }) => {
  const prepared = prepareStoriesStep(input)
  const created = createContentRecordsStep(transform({ prepared }, ({ prepared }) => ({ kind: "content_story" as const, records: prepared.map((story) => story.record) })))
  createRemoteLinkStep(
    transform({ prepared, created }, ({ prepared, created }) =>
      prepared.flatMap((story, i) => [
        ...story.producer_ids.map((id) => storyLink(created[i].id, PRODUCER_MODULE, id)),
        ...story.product_ids.map((id) => storyLink(created[i].id, Modules.PRODUCT, id)),
      ])
    )
  )
  setEnglishTextsStep(
    transform({ prepared, created }, ({ prepared, created }) =>
      prepared
        .map((story, i) => ({ reference: "content_story", reference_id: created[i].id, translations: story.english }))
        .filter((entry) => Object.values(entry.translations).some(Boolean))
    )
  )
  emitEventStep({ eventName: ContentEvents.STORY_CHANGED, data: transform({ created }, ({ created }): ContentEventChangedData => ({ ids: created.map((record) => record.id) })) })
  return new WorkflowResponse(created)
})

