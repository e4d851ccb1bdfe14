import { z } from "@medusajs/framework/zod"
import { CONTENT_STATUSES } from "../../../modules/content/vocabulary"
import { StoryChanges, StoryInput } from "../../../workflows/stories/schemas"

/** The association's list of stories: every status, newest first unless asked otherwise. */
export const AdminGetStoriesParams = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    status: z.union([z.enum(CONTENT_STATUSES), z.array(z.enum(CONTENT_STATUSES)).max(CONTENT_STATUSES.length)]).optional(),
    order: z.enum(["title", "-title", "published_at", "-published_at", "updated_at", "-updated_at"]).default("-updated_at"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetStoriesParamsType = z.infer<typeof AdminGetStoriesParams>

export const AdminGetStoryParams = z.object({}).strict()
export const AdminCreateStory = StoryInput
export const AdminUpdateStory = StoryChanges
