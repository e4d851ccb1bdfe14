import { z } from "@medusajs/framework/zod"
import { isLocalDate } from "../../calendar"

/** The longest window one request may ask for: a year and a month around it. */
export const MAX_WINDOW_DAYS = 400

/** A day of the calendar's window, as the storefront's month pages ask ("2027-05-01"). */
export const windowDay = z.string().trim().refine(isLocalDate, "Expected a day such as 2027-05-01 between 2000 and 2100")

const DAY_MS = 86_400_000

/**
 * The window of days an events query covers: `from` (default today in Berlin) to `to`
 * (exclusive; default two months on), at most MAX_WINDOW_DAYS long and not backwards.
 */
export function readWindow(window: { from?: string; to?: string }, today: string): { from: string; to: string } | { error: string } {
  const from = window.from ?? today
  const to = window.to ?? new Date(Date.parse(`${from}T00:00:00Z`) + 62 * DAY_MS).toISOString().slice(0, 10)
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS
  if (days <= 0) return { error: "to must be after from" }
  if (days > MAX_WINDOW_DAYS) return { error: `A window of at most ${MAX_WINDOW_DAYS} days can be asked for at once` }
  return { from, to }
}
