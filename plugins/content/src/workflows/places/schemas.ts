/**
 * The rules of a Genussort as the association enters it, enforced by the workflows (seed and
 * routes alike) and reused by the admin routes' validators.
 */
import { z } from "@medusajs/framework/zod"
import { germanAndEnglish } from "@genussnetz/producers/api-utils"
import { CONTENT_STATUSES, PLACE_KINDS } from "../../modules/content/vocabulary"
import { handle, httpsUrl, latitude, longitude, postalCode, text, changesOf } from "../common/fields"

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Expected a time such as 16:00 (24:00 for midnight)")
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const dayOfYear = z.string().refine((value) => {
  const match = /^(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [month, day] = [Number(match[1]), Number(match[2])]
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]
}, "Expected a day of the year such as 05-01 (1 May)")

/** One rule of a Genussort's hours: days, times, and the season it holds in (both ends or neither). */
export const OpeningHoursRuleSchema = z
  .strictObject({
    days: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, "Each day once"),
    opens: timeOfDay,
    closes: timeOfDay,
    from: dayOfYear.nullish(),
    until: dayOfYear.nullish(),
  })
  .refine((rule) => rule.opens < rule.closes, { message: "It closes after it opens (24:00 for midnight)", path: ["closes"] })
  .refine((rule) => !rule.from === !rule.until, { message: "A season has a first and a last day (from and until)", path: ["until"] })

export const PLACE_SHAPE = {
  handle: handle.optional(),
  kind: z.enum(PLACE_KINDS),
  status: z.enum(CONTENT_STATUSES).optional(),
  name: text(160),
  description: germanAndEnglish(1, 3000),
  street: text(120),
  postal_code: postalCode,
  town: text(80),
  latitude,
  longitude,
  opening_hours: z.array(OpeningHoursRuleSchema).max(20),
  opening_note: germanAndEnglish(1, 300).nullish(),
  /** The network producer that runs it (its tap room, its farm shop). */
  producer_id: text(100).nullish(),
  website_url: httpsUrl.nullish(),
  image_url: httpsUrl.nullish(),
}

export const PlaceInput = z.object(PLACE_SHAPE).strict()
export type PlaceInputType = z.infer<typeof PlaceInput>

export const PlaceChanges = changesOf(PLACE_SHAPE)
export type PlaceChangesType = z.infer<typeof PlaceChanges>
