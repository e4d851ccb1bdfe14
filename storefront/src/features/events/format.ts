import { INTL_LOCALE, type Locale } from "../../lib/i18n"

/** A calendar day as a heading reads it: "Samstag, 1. Mai 2027" / "Saturday 1 May 2027". */
export function dayHeading(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`))
}

/** A month as the calendar's heading reads it: "Mai 2027" / "May 2027". */
export function monthHeading(locale: Locale, month: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`))
}

/** When an occurrence is, in the words of its list: "08:00–13:00", or the days of an all-day event. */
export function timeSpan(locale: Locale, starts: string, ends: string, allDayLabel: string): string {
  if (starts.length === 10) return starts === ends ? allDayLabel : `${allDayLabel}, ${dayHeading(locale, starts)} – ${dayHeading(locale, ends)}`
  const endDay = ends.slice(0, 10)
  const endTime = ends.slice(11)
  return endDay === starts.slice(0, 10) ? `${starts.slice(11)}–${endTime}` : `${starts.slice(11)} – ${dayHeading(locale, endDay)} ${endTime}`
}
