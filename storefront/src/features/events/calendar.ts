import type { ShopEvent } from "./data"

/** One date of an event in the calendar's list. */
export type CalendarEntry = { event: ShopEvent; starts_local: string; ends_local: string }

/** The calendar's days, each with its entries in order of their start: what the list shows. */
export function entriesByDay(events: readonly ShopEvent[]): { day: string; entries: CalendarEntry[] }[] {
  const byDay = new Map<string, CalendarEntry[]>()
  for (const event of events) {
    for (const occurrence of event.occurrences) {
      const day = occurrence.starts_local.slice(0, 10)
      byDay.set(day, [...(byDay.get(day) ?? []), { event, starts_local: occurrence.starts_local, ends_local: occurrence.ends_local }])
    }
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, entries]) => ({ day, entries: entries.sort((a, b) => a.starts_local.localeCompare(b.starts_local) || a.event.title.localeCompare(b.event.title)) }))
}

/** The first `max` entries of a calendar's days: days in order, each with its first entries, none left empty. */
export function firstEntries(days: ReturnType<typeof entriesByDay>, max: number): ReturnType<typeof entriesByDay> {
  const shown: ReturnType<typeof entriesByDay> = []
  let count = 0
  for (const { day, entries } of days) {
    if (count >= max) break
    const taken = entries.slice(0, max - count)
    shown.push({ day, entries: taken })
    count += taken.length
  }
  return shown
}

const MONTH = /^(20\d{2})-(0[1-9]|1[0-2])$/

/**
 * The window of days the calendar page shows, from its URL's `?monat=YYYY-MM`: that month (from
 * today while it is the current one, so past dates stay hidden), or — without one — the coming
 * two months. An unknown value is the default, not an error.
 */
export function calendarWindow(month: string | null, today: string): { from: string; to: string; month: string | null } {
  const match = month ? MONTH.exec(month) : null
  if (!match) return { from: today, to: addMonths(today.slice(0, 7), 2) + "-01", month: null }
  const first = `${match[1]}-${match[2]}-01`
  const next = addMonths(`${match[1]}-${match[2]}`, 1) + "-01"
  const from = today > first && today < next ? today : first
  return { from, to: next, month: `${match[1]}-${match[2]}` }
}

/** A day ("YYYY-MM-DD") plus `days`. */
export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** "YYYY-MM" plus `months` (negative: back). */
export function addMonths(month: string, months: number): string {
  const [year, m] = month.split("-").map(Number)
  const date = new Date(Date.UTC(year, m - 1 + months, 1))
  return date.toISOString().slice(0, 7)
}

/** Today in Berlin, as the calendar counts days. */
export const berlinToday = (now = new Date()) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now)

/** Berlin's offset at an instant, as ISO 8601 writes it ("+01:00", "+02:00"): for schema.org's dates. */
export function berlinIso(localDateTime: string, instant: string): string {
  const offsetMinutes = Math.round((Date.parse(`${localDateTime}:00Z`) - Date.parse(instant)) / 60_000)
  const sign = offsetMinutes >= 0 ? "+" : "-"
  const abs = Math.abs(offsetMinutes)
  return `${localDateTime}:00${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`
}
