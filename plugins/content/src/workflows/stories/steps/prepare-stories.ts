import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseOrThrow } from "@genussnetz/producers/api-utils"
import { assertProducersExist, existingRecords, freeHandles } from "../../common/checks"
import { StoryInput, type StoryInputType } from "../schemas"

export const prepareStoriesStepId = "prepare-stories"

export type PreparedStory = {
  id?: string
  record: Record<string, unknown>
  producer_ids: string[]
  product_ids: string[]
  english: { title: string | null; teaser: string | null; body: string | null }
}

/**
 * Checks stories as the association writes them (the schema again; the producers and products
 * exist; handles are free) and turns each into the module's record. A story published without a
 * date gets now as its publication. Reads only.
 */
export const prepareStoriesStep = createStep(prepareStoriesStepId, async (input: { stories: (StoryInputType & { id?: string })[] }, { container }) => {
  const stories = input.stories.map(({ id, ...fields }) => ({ id, ...parseOrThrow(StoryInput, fields, "story") }))
  await assertProducersExist(container, stories.flatMap((story) => story.producer_ids ?? []))
  await existingRecords(container, "product", stories.flatMap((story) => story.product_ids ?? []), [], "product")
  const handles = await freeHandles(container, "content_story", stories.map((story) => ({ id: story.id, handle: story.handle, name: story.title.de })), "story")
  const now = new Date()
  const prepared: PreparedStory[] = stories.map((story, i) => {
    const status = story.status ?? "draft"
    return {
      ...(story.id ? { id: story.id } : {}),
      record: {
        ...(story.id ? { id: story.id } : {}),
        handle: handles[i],
        status,
        title: story.title.de,
        teaser: story.teaser.de,
        body: story.body.de,
        author: story.author,
        image_url: story.image_url ?? null,
        published_at: story.published_at ? new Date(story.published_at) : status === "published" ? now : null,
      },
      producer_ids: [...new Set(story.producer_ids ?? [])],
      product_ids: [...new Set(story.product_ids ?? [])],
      english: { title: story.title.en ?? null, teaser: story.teaser.en ?? null, body: story.body.en ?? null },
    }
  })
  return new StepResponse(prepared)
})
