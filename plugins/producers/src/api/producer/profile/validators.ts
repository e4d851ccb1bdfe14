import { z } from "@medusajs/framework/zod"
import type { OpeningHours } from "../../../modules/producer/vocabulary"

/** German required, English optional (without it the English shop shows the German words). */
const texts = (min: number, max: number) =>
  z.strictObject({
    de: z.string().trim().min(min).max(max),
    en: z.string().trim().max(max).optional().transform((en) => en || undefined),
  })
const isoDay = z.number().int().min(1).max(7).transform((day) => day as OpeningHours[number]["day"])
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time such as 08:00")
/** An optional contact field: empty clears it. */
const optional = (schema: z.ZodType<string>) => z.union([z.literal(""), schema]).transform((value) => value || null)

export const ProducerGetProfileParams = z.object({}).strict()

/** What a producer says about itself in the shop: tagline, story, contact, farm shop and its opening hours. */
export const ProducerUpdateProfile = z
  .strictObject({
    tagline: texts(1, 160).nullable(),
    story: texts(20, 5000),
    website: optional(z.url({ protocol: /^https?$/ }).max(300)),
    email: optional(z.email().max(200)),
    phone: optional(z.string().trim().regex(/^\+?[0-9 ()/-]{5,30}$/, "must be a phone number")),
    farm_shop: z.boolean(),
    opening_hours: z
      .array(z.strictObject({ day: isoDay, opens: time, closes: time }).refine((hours) => hours.opens < hours.closes, "closes after it opens"))
      .max(14)
      .nullable(),
  })
  .partial()
  .refine((change) => Object.keys(change).length > 0, "Say what to change")
export type ProducerUpdateProfileType = z.infer<typeof ProducerUpdateProfile>
