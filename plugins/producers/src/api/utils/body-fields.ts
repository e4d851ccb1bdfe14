import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { OpeningHours } from "../../modules/producer/vocabulary"

/**
 * Body fields the producer routes of every plugin share — a text in German and English, an amount
 * in euros, a day's hours — and the check a workflow runs its input through with the same rules.
 */

/** German required (`min`–`max` characters), English optional: without it the English shop shows the German words. */
export const germanAndEnglish = (min: number, max: number) =>
  z.strictObject({
    de: z.string().trim().min(min).max(max),
    en: z.string().trim().max(max).optional().transform((en) => en || undefined),
  })

/** Euros between `min` and `max`, at most two decimals. */
export const euros = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, "has at most two decimals (cents)")

/** Monday 1 … Sunday 7, as opening hours name days. */
const isoDay = z.number().int().min(1).max(7).transform((day) => day as OpeningHours[number]["day"])
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time such as 08:00")

/** One day's hours (pickup, a farm shop's opening): it closes after it opens. */
export const daySlot = z
  .strictObject({ day: isoDay, opens: timeOfDay, closes: timeOfDay })
  .refine((hours) => hours.opens < hours.closes, "closes after it opens")

/** Parses with a schema inside a workflow and turns its complaint into one readable sentence (a 400). */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = result.error.issues.map((issue) => `${issue.path.join(".") || what}: ${issue.message}`)
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${what}: ${issues.join("; ")}`)
}
