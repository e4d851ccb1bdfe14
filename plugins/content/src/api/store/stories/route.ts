import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkedContentIds } from "../../utils/public-content"
import { PUBLIC_STORY_FIELDS, publicStory } from "./public-stories"
import type { StoreGetStoriesParamsType } from "./validators"

/** The shop's stories, newest first: all, or those about a producer or a product. */
export const GET = async (req: MedusaRequest<unknown, StoreGetStoriesParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetStoriesParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let ids: string[] | undefined
  for (const [entity, id] of [["producer", params.producer_id], ["product", params.product_id]] as const) {
    if (!id) continue
    const about = await linkedContentIds(req.scope, entity, id, "content_stories")
    ids = ids ? ids.filter((known) => about.includes(known)) : about
  }
  if (ids?.length === 0) return void res.json({ stories: [], count: 0, offset: params.offset, limit: params.limit })
  const { data: stories, metadata } = await query.graph(
    {
      entity: "content_story",
      fields: PUBLIC_STORY_FIELDS,
      filters: { status: "published", ...(ids ? { id: ids } : {}) },
      pagination: { skip: params.offset, take: params.limit, order: { published_at: "DESC", id: "ASC" } },
    },
    { locale: req.locale }
  )
  res.json({ stories: stories.map(publicStory), count: metadata?.count ?? stories.length, offset: params.offset, limit: params.limit })
}
