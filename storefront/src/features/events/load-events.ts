import { EVENT_KIND_KEYS, type Locale } from "../../lib/i18n"
import { addDays, berlinToday, calendarWindow, entriesByDay, firstEntries, type CalendarEntry } from "./calendar"
import { listEvents } from "./data"

/**
 * The calendar page from its URL — `?monat=YYYY-MM&ort=<town>&art=<kind>`: stable, shareable
 * links; unknown values are ignored, not errors. The town is chosen among the towns of the
 * window's events (read without the town filter, so the choice lists them all).
 */
export async function loadCalendar(locale: Locale, url: URL) {
  const today = berlinToday()
  const window = calendarWindow(url.searchParams.get("monat"), today)
  const kind = EVENT_KIND_KEYS.find((key) => key === url.searchParams.get("art"))
  const { events } = await listEvents(locale, { from: window.from, to: window.to, kind })
  const towns = [...new Set(events.map((event) => event.place.town))].sort((a, b) => a.localeCompare(b, "de"))
  const town = towns.find((name) => name === url.searchParams.get("ort"))
  return {
    events: town ? events.filter((event) => event.place.town === town) : events,
    month: window.month,
    currentMonth: today.slice(0, 7),
    towns,
    town,
    kind,
  }
}

/** How far ahead a producer's, a product's or a Genussort's page looks for events, and how many dates it shows. */
const UPCOMING_DAYS = 120
const UPCOMING_SHOWN = 6

/**
 * The next dates of a producer's events or of those at a Genussort, for a section of its page.
 * The section is extra: when the calendar cannot be read the page shows without it.
 */
export async function upcomingEvents(locale: Locale, by: { producerId?: string; placeId?: string }): Promise<{ day: string; entries: CalendarEntry[] }[]> {
  if (!by.producerId && !by.placeId) return []
  const today = berlinToday()
  try {
    const { events } = await listEvents(locale, { from: today, to: addDays(today, UPCOMING_DAYS), producerId: by.producerId, placeId: by.placeId, limit: 50 })
    return firstEntries(entriesByDay(events), UPCOMING_SHOWN)
  } catch {
    return []
  }
}
