import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wordsOf } from "../../common/english"
import type { StoryInputType } from "../schemas"

export const loadContentStoryStepId = "load-content-story"

/** A story as the admin's form and the update read it (the input shape), or 404. Reads only. */
export const loadContentStoryStep = createStep(loadContentStoryStepId, async (input: { id: string }, { container }) => {
  return new StepResponse(await loadStoryAsInput(container, input.id))
})

export async function loadStoryAsInput(container: MedusaContainer, id: string): Promise<StoryInputType & { id: string }> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "content_story",
    fields: ["*", "producers.id", "products.id"],
    filters: { id },
  })
  const story = data[0]
  if (!story) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No story with id "${id}" was found`)
  const words = await wordsOf(container, "content_story", story, ["title", "teaser", "body"])
  return {
    id: story.id,
    handle: story.handle,
    status: story.status,
    title: words.title!,
    teaser: words.teaser!,
    body: words.body!,
    author: story.author,
    image_url: story.image_url,
    published_at: story.published_at ? new Date(story.published_at).toISOString() : null,
    producer_ids: (story.producers ?? []).filter(Boolean).map((producer: { id: string }) => producer.id),
    product_ids: (story.products ?? []).filter(Boolean).map((product: { id: string }) => product.id),
  }
}
