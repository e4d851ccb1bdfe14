import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "@genussnetz/producers/api-utils"
import { createContentStoriesWorkflow } from "../../../workflows/stories/create-content-stories"
import type { StoryInputType } from "../../../workflows/stories/schemas"
import { orderOf } from "../../utils/admin-list"
import type { AdminGetStoriesParamsType } from "./validators"

/** What the association's list shows of each story. */
export const ADMIN_STORY_LIST_FIELDS = ["id", "handle", "status", "title", "author", "published_at", "updated_at"]

/** Every story of the association, drafts included. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetStoriesParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetStoriesParamsType
  const like = params.q ? `%${escapeLike(params.q)}%` : null
  const { data: stories, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "content_story",
    fields: ADMIN_STORY_LIST_FIELDS,
    filters: {
      ...(params.status ? { status: params.status } : {}),
      ...(like ? { $or: [{ title: { $ilike: like } }, { author: { $ilike: like } }] } : {}),
    },
    pagination: { skip: params.offset, take: params.limit, order: orderOf(params.order) },
  })
  res.json({ stories, count: metadata?.count ?? stories.length, offset: params.offset, limit: params.limit })
}

/** The association adds a story (a draft unless it says `status: "published"`). */
export const POST = async (req: AuthenticatedMedusaRequest<StoryInputType>, res: MedusaResponse) => {
  const { result } = await createContentStoriesWorkflow(req.scope).run({ input: { stories: [req.validatedBody] } })
  res.status(201).json({ story: result[0] })
}
