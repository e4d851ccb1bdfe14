import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { updateContentRecordsStep } from "../common/steps/update-content-records"
import type { StoryChangesType } from "./schemas"
import { loadContentStoryStep } from "./steps/load-content-story"
import { prepareStoriesStep } from "./steps/prepare-stories"
import { storyLink } from "./story-links"
import { ContentEvents, type ContentEventChangedData } from "../../content-events"

export const updateContentStoryWorkflowId = "update-content-story"

/** The association changes a story — its words, producers, products — or publishes it. Checked whole, as when created. */
export const updateContentStoryWorkflow = createWorkflow(updateContentStoryWorkflowId, (input: { id: string; changes: StoryChangesType }) => {
  const key = transform({ input }, ({ input }) => `content-story-${input.id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const current = loadContentStoryStep(input)
  const prepared = prepareStoriesStep(transform({ input, current }, ({ input, current }) => ({ stories: [{ ...current, ...input.changes }] })))
  const updated = updateContentRecordsStep(
    transform({ prepared }, ({ prepared }) => ({ kind: "content_story" as const, records: prepared.map((story) => story.record as Record<string, unknown> & { id: string }) }))
  )
  const links = transform({ input, current, prepared }, ({ input, current, prepared }) => {
    const changed = (module: typeof PRODUCER_MODULE | typeof Modules.PRODUCT, before: string[], after: string[]) => ({
      removed: before.filter((id) => !after.includes(id)).map((id) => storyLink(input.id, module, id)),
      added: after.filter((id) => !before.includes(id)).map((id) => storyLink(input.id, module, id)),
    })
    const producers = changed(PRODUCER_MODULE, current.producer_ids ?? [], prepared[0].producer_ids)
    const products = changed(Modules.PRODUCT, current.product_ids ?? [], prepared[0].product_ids)
    return { removed: [...producers.removed, ...products.removed], added: [...producers.added, ...products.added] }
  })
  dismissRemoteLinkStep(transform({ links }, ({ links }) => links.removed))
  createRemoteLinkStep(transform({ links }, ({ links }) => links.added))
  setEnglishTextsStep(
    transform({ input }, ({ input }) => {
      const translations: Record<string, string | null> = {}
      for (const field of ["title", "teaser", "body"] as const) if (input.changes[field]) translations[field] = input.changes[field]!.en ?? null
      return Object.keys(translations).length ? [{ reference: "content_story", reference_id: input.id, translations }] : []
    })
  )
  releaseLockStep({ key })
  emitEventStep({ eventName: ContentEvents.STORY_CHANGED, data: transform({ input }, ({ input }): ContentEventChangedData => ({ ids: [input.id] })) })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
