import { z } from "@medusajs/framework/zod"
import { EVENT_KINDS } from "../../../modules/content/vocabulary"
import { windowDay } from "../../utils/event-window"

const boundedText = z.string().trim().min(1).max(100)

/**
 * The shop's calendar: events with their occurrences in a window of days (default: from today
 * two months on, so past events stay hidden unless asked for), by town, kind or producer.
 */
export const StoreGetEventsParams = z
  .object({
    from: windowDay.optional(),
    to: windowDay.optional(),
    town: boundedText.optional(),
    kind: z.union([z.enum(EVENT_KINDS), z.array(z.enum(EVENT_KINDS)).max(EVENT_KINDS.length)]).optional(),
    producer_id: boundedText.optional(),
    /** Events at one Genussort (its page lists them). */
    place_id: boundedText.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreGetEventsParamsType = z.infer<typeof StoreGetEventsParams>

export const StoreGetEventParams = z.object({}).strict()
export const StoreGetEventFeedParams = z.object({}).strict()
