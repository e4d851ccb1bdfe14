import { z } from "@medusajs/framework/zod"
import { daySlot, germanAndEnglish } from "../../utils/body-fields"
/** An optional contact field: empty clears it. */
const optional = (schema: z.ZodType<string>) => z.union([z.literal(""), schema]).transform((value) => value || null)

export const ProducerGetProfileParams = z.object({}).strict()

/** What a producer says about itself in the shop: tagline, story, contact, farm shop and its opening hours. */
export const ProducerUpdateProfile = z
  .strictObject({
    tagline: germanAndEnglish(1, 160).nullable(),
    story: germanAndEnglish(20, 5000),
    website: optional(z.url({ protocol: /^https?$/ }).max(300)),
    email: optional(z.email().max(200)),
    phone: optional(z.string().trim().regex(/^\+?[0-9 ()/-]{5,30}$/, "must be a phone number")),
    farm_shop: z.boolean(),
    opening_hours: z
      .array(daySlot)
      .max(14)
      .nullable(),
  })
  .partial()
  .refine((change) => Object.keys(change).length > 0, "Say what to change")
export type ProducerUpdateProfileType = z.infer<typeof ProducerUpdateProfile>
