import { z } from "@medusajs/framework/zod"

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** A calendar day written YYYY-MM-DD between 2000 and 2099 that exists (no 2026-02-30). */
const calendarDay = z
  .string()
  .regex(DAY, "must be a day written YYYY-MM-DD")
  .refine((value) => {
    const match = DAY.exec(value)
    // Not written YYYY-MM-DD: the regex above says so already.
    if (!match) return true
    const [, year, month, day] = match.map(Number)
    const date = new Date(Date.UTC(year, month - 1, day))
    return year >= 2000 && year <= 2099 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  }, "must be a real day between 2000 and 2099")

/** The longest period one statement covers: a year (and a day for leap years). */
const MAX_DAYS = 366

/** A payout period (both days included) and the answer's format. */
export const PayoutPeriod = z
  .object({ from: calendarDay, to: calendarDay, format: z.enum(["json", "csv"]).default("json") })
  .strict()
  .refine(({ from, to }) => from <= to, { message: "from must not be after to", path: ["to"] })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 < MAX_DAYS, { message: `a period covers at most ${MAX_DAYS} days`, path: ["to"] })
export type PayoutPeriodType = z.infer<typeof PayoutPeriod>
