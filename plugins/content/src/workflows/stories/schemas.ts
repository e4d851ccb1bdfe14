/**
 * The rules of a story as the association writes it, enforced by the workflows (seed and routes
 * alike) and reused by the admin routes' validators. The body is Markdown; the shop renders and
 * sanitizes it, so here it is only text with a length.
 */
import { z } from "@medusajs/framework/zod"
import { germanAndEnglish } from "@genussnetz/producers/api-utils"
import { isLocalDate } from "../../calendar"
import { CONTENT_STATUSES } from "../../modules/content/vocabulary"
import { handle, httpsUrl, ids, text, changesOf } from "../common/fields"

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/

/** A moment between 2000 and 2100, as a day or an ISO 8601 time with its offset (a story's publication, backdated or not). */
const moment = z
  .string()
  .trim()
  .max(40)
  .refine((value) => {
    const match = ISO_TIME.exec(value)
    // The day must exist (the calendar's check: Date would quietly turn 30 February into 2 March);
    // a moment stays before 2100.
    return !!match && isLocalDate(value.slice(0, 10)) && Number(match[1]) < 2100
  }, "Expected a time such as 2027-03-01T09:00:00Z (or a day) between 2000 and 2100")

export const STORY_SHAPE = {
  handle: handle.optional(),
  status: z.enum(CONTENT_STATUSES).optional(),
  title: germanAndEnglish(1, 200),
  teaser: germanAndEnglish(1, 500),
  body: germanAndEnglish(1, 50_000),
  author: text(160),
  image_url: httpsUrl.nullish(),
  /** When it was first published; set on publishing when not given. */
  published_at: moment.nullish(),
  producer_ids: ids(50).optional(),
  product_ids: ids(50).optional(),
}

export const StoryInput = z.object(STORY_SHAPE).strict()
export type StoryInputType = z.infer<typeof StoryInput>

export const StoryChanges = changesOf(STORY_SHAPE)
export type StoryChangesType = z.infer<typeof StoryChanges>
