import { INTL_LOCALE, t, weekday, type Locale } from "../../lib/i18n"

/**
 * A Genussort's opening hours as the content plugin keeps them: on `days` (1 Monday … 7 Sunday)
 * from `opens` to `closes` (Berlin wall-clock time "HH:mm", "24:00" for midnight, always after
 * `opens`), and with `from`/`until` ("MM-DD", both included) only in that season, which may run
 * over the year's end. Both ends of a season are given, or neither.
 */
export type OpeningRule = { days: readonly number[]; opens: string; closes: string; from?: string | null; until?: string | null }

const berlinParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  // h23, not hour12: false — some engines write midnight as "24" with the latter.
  hourCycle: "h23",
})

/** The wall clock in Berlin at an instant: the day, its "MM-DD", the weekday (1 Monday … 7 Sunday) and "HH:mm". */
export function berlinClock(date: Date): { day: string; monthDay: string; weekday: number; time: string } {
  const parts = Object.fromEntries(berlinParts.formatToParts(date).map((part) => [part.type, part.value]))
  const day = `${parts.year}-${parts.month}-${parts.day}`
  // The weekday of the Berlin date, counted on the calendar rather than read from a localized name.
  const sundayZero = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day))).getUTCDay()
  return { day, monthDay: `${parts.month}-${parts.day}`, weekday: sundayZero === 0 ? 7 : sundayZero, time: `${parts.hour}:${parts.minute}` }
}

/** Whether a day of the year ("MM-DD") lies in a season (both ends included; one over New Year wraps). No season: always. */
export function inSeason(monthDay: string, from: string | null | undefined, until: string | null | undefined): boolean {
  if (!from || !until) return true
  return from <= until ? from <= monthDay && monthDay <= until : monthDay >= from || monthDay <= until
}

/**
 * Whether any rule has the place open at an instant, on Berlin's wall clock (so summer time is
 * Berlin's, not the server's). "HH:mm" strings compare in time order, and "24:00" is after every
 * minute of the day.
 */
export function isOpenAt(rules: readonly OpeningRule[], date: Date): boolean {
  const now = berlinClock(date)
  return rules.some((rule) => rule.days.includes(now.weekday) && inSeason(now.monthDay, rule.from, rule.until) && rule.opens <= now.time && now.time < rule.closes)
}

/**
 * The days of a rule as a sign on the door reads them: runs of three or more as a span
 * ("Mi–So"), shorter ones one by one ("Sa, So"), a run over the week's end kept together
 * ("Fr–Mo"), all seven as "täglich".
 */
export function formatDays(locale: Locale, days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b)
  if (sorted.length === 7) return t(locale, "placeDaily")
  const runs: number[][] = []
  for (const day of sorted) {
    const run = runs.at(-1)
    if (run && run.at(-1) === day - 1) run.push(day)
    else runs.push([day])
  }
  if (runs.length > 1 && runs[0][0] === 1 && runs.at(-1)!.at(-1) === 7) runs.push([...runs.pop()!, ...runs.shift()!])
  return runs
    .map((run) => (run.length >= 3 ? `${weekday(locale, run[0])}–${weekday(locale, run.at(-1)!)}` : run.map((day) => weekday(locale, day)).join(", ")))
    .join(", ")
}

/** A day of the year ("MM-DD") as "1. Mai" / "1 May" (in a leap year, so 29 February has a name). */
export function formatMonthDay(locale: Locale, monthDay: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`2000-${monthDay}T00:00:00Z`))
}

/** One rule in words: "Mi–So 16:00–22:00, 1. Mai – 30. Sept." */
export function formatRule(locale: Locale, rule: OpeningRule): string {
  const season = rule.from && rule.until ? `, ${formatMonthDay(locale, rule.from)} – ${formatMonthDay(locale, rule.until)}` : ""
  return `${formatDays(locale, rule.days)} ${rule.opens}–${rule.closes}${season}`
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** "YYYY-MM-DD" of a day of the year; 29 February is the 28th in a common year. */
const dateIn = (year: number, monthDay: string) => `${year}-${monthDay === "02-29" && !isLeapYear(year) ? "02-28" : monthDay}`

/**
 * The dates of a rule's season that matter from `today` ("YYYY-MM-DD", Berlin): the one running
 * now, else the next one — for schema.org's validFrom/validThrough. Null for a rule without season.
 */
export function seasonDates(rule: OpeningRule, today: string): { validFrom: string; validThrough: string } | null {
  if (!rule.from || !rule.until) return null
  const year = Number(today.slice(0, 4))
  const monthDay = today.slice(5)
  if (rule.from <= rule.until) {
    // This year's season until it is over, then next year's.
    const y = monthDay <= rule.until ? year : year + 1
    return { validFrom: dateIn(y, rule.from), validThrough: dateIn(y, rule.until) }
  }
  // Over New Year: until its end the season that began last year runs, after that the one beginning this year.
  return monthDay <= rule.until
    ? { validFrom: dateIn(year - 1, rule.from), validThrough: dateIn(year, rule.until) }
    : { validFrom: dateIn(year, rule.from), validThrough: dateIn(year + 1, rule.until) }
}
