/**
 * Dates in the seed data are relative to the day the seed runs, so the network looks the same
 * whenever it is seeded: a certificate valid "until two months from now" stays valid for the
 * tests, and one that "ended two years ago" stays expired, in any year.
 *
 * A date is a whole number of months before (negative) or after the current month, on the
 * first or the last day of that month, as certificates and deliveries usually run.
 */
export type SeedDate = { months: number; day: "first" | "last" }

export const monthStart = (months: number): SeedDate => ({ months, day: "first" })
export const monthEnd = (months: number): SeedDate => ({ months, day: "last" })

/** The calendar date (YYYY-MM-DD, UTC) a seed date means on `today`. */
export function resolveSeedDate(date: SeedDate, today: Date): string {
  const year = today.getUTCFullYear()
  const month = today.getUTCMonth() + date.months
  // Day 0 of the following month is the last day of this one.
  const resolved = date.day === "first" ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year, month + 1, 0))
  return resolved.toISOString().slice(0, 10)
}
