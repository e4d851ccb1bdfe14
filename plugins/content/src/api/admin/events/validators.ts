import { z } from "@medusajs/framework/zod"
import { EVENT_KINDS, EVENT_STATUSES } from "../../../modules/content/vocabulary"
import { EventChanges, EventInput } from "../../../workflows/events/schemas"

/** The association's list: every status, newest start first unless asked otherwise. */
export const AdminGetEventsParams = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    status: z.union([z.enum(EVENT_STATUSES), z.array(z.enum(EVENT_STATUSES)).max(EVENT_STATUSES.length)]).optional(),
    kind: z.union([z.enum(EVENT_KINDS), z.array(z.enum(EVENT_KINDS)).max(EVENT_KINDS.length)]).optional(),
    order: z.enum(["first_starts_at", "-first_starts_at", "title", "-title", "updated_at", "-updated_at"]).default("-first_starts_at"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetEventsParamsType = z.infer<typeof AdminGetEventsParams>

export const AdminGetEventParams = z.object({}).strict()
export const AdminCreateEvent = EventInput
export const AdminUpdateEvent = EventChanges
