/**
 * The rules of an event as the association enters it, enforced by the workflows (so the seed and
 * every route obey them) and reused by the admin routes' validators for their bodies.
 */
import { z } from "@medusajs/framework/zod"
import { euros, germanAndEnglish } from "@genussnetz/producers/api-utils"
import { berlinToInstant, isLocalDate, isLocalDateTime, occurrences, readRecurrence } from "../../calendar"
import { EVENT_KINDS, EVENT_STATUSES } from "../../modules/content/vocabulary"
import { handle, httpsUrl, ids, latitude, longitude, postalCode, text, changesOf } from "../common/fields"

/** Berlin wall-clock time ("2027-05-01T10:00") or, for an all-day event, a day ("2027-05-01"). */
const localTime = z
  .string()
  .trim()
  .refine((value) => isLocalDateTime(value) || isLocalDate(value), "Expected a Berlin time such as 2027-05-01T10:00, or a day such as 2027-05-01 for an all-day event, between 2000 and 2100")
const recurrence = z
  .string()
  .max(200)
  .transform((value, context) => {
    const read = readRecurrence(value)
    if (!read.ok) {
      context.addIssue({ code: "custom", message: read.message })
      return z.NEVER
    }
    return read.rule
  })

export const EVENT_PLACE = z
  .object({
    name: text(120),
    street: text(120).nullish(),
    postal_code: postalCode.nullish(),
    town: text(80),
    latitude,
    longitude,
  })
  .strict()

/** The fields of an event as an admin sends them; all but `handle`, `status` and the extras are required when creating. */
export const EVENT_SHAPE = {
  handle: handle.optional(),
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES).optional(),
  // German required, English optional: the English shop shows the German words where none are given.
  title: germanAndEnglish(1, 160),
  description: germanAndEnglish(1, 5000),
  starts: localTime,
  ends: localTime,
  all_day: z.boolean().optional(),
  rrule: recurrence.nullish(),
  exdates: z
    .array(z.string().trim().refine(isLocalDate, "Expected a day such as 2027-12-26"))
    .max(200)
    .nullish(),
  /** Where, as an address — or `place_id`, a Genussort whose address the event takes. */
  place: EVENT_PLACE.optional(),
  place_id: text(100).nullish(),
  organiser: text(160),
  producer_ids: ids(200).optional(),
  image_url: httpsUrl.nullish(),
  ticket_url: httpsUrl.nullish(),
  price: euros(0, 10_000).nullish(),
  cancellation_note: text(500).nullish(),
}

type Timing = { starts?: string; ends?: string; all_day?: boolean; rrule?: string | null; exdates?: string[] | null }

/** The timing's own rules: both ends in the same form as `all_day` says, the end not before the start. */
export function checkTiming(timing: Timing, context: z.RefinementCtx) {
  if (timing.starts === undefined || timing.ends === undefined) return
  const allDay = timing.all_day ?? false
  const form = allDay ? isLocalDate : isLocalDateTime
  for (const field of ["starts", "ends"] as const) {
    if (!form(timing[field]!)) {
      context.addIssue({
        code: "custom",
        path: [field],
        message: allDay ? "An all-day event starts and ends on days such as 2027-05-01" : "An event with times starts and ends at times such as 2027-05-01T10:00",
      })
      return
    }
  }
  if (timing.ends < timing.starts) context.addIssue({ code: "custom", path: ["ends"], message: "The event ends before it starts" })
  if (timing.exdates?.length && !timing.rrule) context.addIssue({ code: "custom", path: ["exdates"], message: "Days without the event need a recurrence rule" })
  if (timing.rrule && !startsOnItsRule({ starts: timing.starts, ends: timing.ends, all_day: allDay, rrule: timing.rrule })) {
    // A start the rule does not produce is no date of the event (RFC 5545 leaves it open; calendar
    // apps and the shop would disagree on it): a Saturday market starts on a Saturday.
    context.addIssue({ code: "custom", path: ["starts"], message: "The first date does not follow the recurrence rule: start on a day the rule names" })
  }
}

function startsOnItsRule(timing: { starts: string; ends: string; all_day: boolean; rrule: string }): boolean {
  const start = berlinToInstant(timing.all_day ? `${timing.starts}T00:00` : timing.starts)
  try {
    const [first] = occurrences({ starts_local: timing.starts, ends_local: timing.ends, all_day: timing.all_day, rrule: timing.rrule, exdates: [] }, start, new Date(start.getTime() + 86_400_000), 1)
    return first?.starts_local === timing.starts
  } catch {
    return false
  }
}

/** An event happens somewhere: at a Genussort or at an address. */
function checkPlace(event: { place?: unknown; place_id?: string | null }, context: z.RefinementCtx) {
  if (!event.place && !event.place_id) context.addIssue({ code: "custom", path: ["place"], message: "Name the place: an address with coordinates, or place_id of a Genussort" })
}

export const EventInput = z
  .object(EVENT_SHAPE)
  .strict()
  .superRefine((event, context) => {
    checkTiming(event, context)
    checkPlace(event, context)
  })
export type EventInputType = z.infer<typeof EventInput>

export const EventChanges = changesOf(EVENT_SHAPE)
export type EventChangesType = z.infer<typeof EventChanges>
