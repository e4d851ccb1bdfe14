/**
 * The association's events (data/events.ts) as they are made on a given day: markets as
 * recurring events of the coming year that skip the public holidays they fall on, one-off events
 * in their month. Pure (no Medusa): the seed makes them, the tests read them.
 */
import type { EventInputType } from "@genussnetz/content/workflows"
import { EVENTS, MARKETS, type SeededEvent, type SeededMarket } from "./data/events"
import { TOWNS } from "./data/towns"

const DAY_MS = 86_400_000
const dayText = (date: Date) => date.toISOString().slice(0, 10)
const addDays = (day: string, days: number) => dayText(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS))
/** ISO weekday of a day: 1 Monday … 7 Sunday. */
const weekdayOf = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
const RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

/** Public holidays in Bavaria on fixed dates (month-day): no market on them. */
const HOLIDAYS = ["01-01", "01-06", "05-01", "08-15", "10-03", "11-01", "12-25", "12-26"]

/** A market as a recurring event: its first day on or after `today`, for a year (weekly) or twelve times (monthly). */
export function marketEvent(market: SeededMarket, today: string, producerId: Map<string, string>): EventInputType {
  const town = TOWNS[market.town]
  const byDay = RRULE_DAYS[market.weekday - 1]
  let first = today
  while (weekdayOf(first) !== market.weekday || (market.monthly && Number(first.slice(8, 10)) > 7)) first = addDays(first, 1)
  const last = addDays(today, 365)
  const rrule = market.monthly ? `FREQ=MONTHLY;BYDAY=1${byDay};COUNT=12` : `FREQ=WEEKLY;BYDAY=${byDay};UNTIL=${last.replace(/-/g, "")}T225959Z`
  const exdates: string[] = []
  if (!market.monthly) {
    for (let day = first; day <= last; day = addDays(day, 7)) if (HOLIDAYS.includes(day.slice(5))) exdates.push(day)
  }
  return {
    handle: market.handle,
    kind: "market",
    status: "published",
    title: market.title,
    description: market.description,
    starts: `${first}T${market.opens}`,
    ends: `${first}T${market.closes}`,
    all_day: false,
    rrule,
    exdates,
    place: { name: market.venue, street: market.street, postal_code: town.postal_code, town: town.name, latitude: town.latitude, longitude: town.longitude },
    organiser: "Genussregion Oberfranken (Demo)",
    producer_ids: market.producers.map((handle) => producerId.get(handle)).filter((id): id is string => !!id),
  }
}

/** A one-off event on its day `month` months on (a day already past this month moves a month on). */
export function oneOffEvent(event: SeededEvent, today: string, producerId: Map<string, string>): EventInputType {
  const town = TOWNS[event.town]
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1]
  const dayIn = (months: number) => {
    const lastDay = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate()
    return dayText(new Date(Date.UTC(year, month + months, Math.min(event.day, lastDay))))
  }
  const day = dayIn(event.month) >= today ? dayIn(event.month) : dayIn(event.month + 1)
  const timed = event.times
  return {
    handle: event.handle,
    kind: event.kind,
    status: event.cancelled ? "cancelled" : "published",
    cancellation_note: event.cancelled ?? null,
    title: event.title,
    description: event.description,
    starts: timed ? `${day}T${timed.starts}` : day,
    ends: timed ? `${day}T${timed.ends}` : addDays(day, (event.days ?? 1) - 1),
    all_day: !timed,
    place: { name: event.venue, postal_code: town.postal_code, town: town.name, latitude: town.latitude, longitude: town.longitude },
    organiser: "Genussregion Oberfranken (Demo)",
    producer_ids: event.producers.map((handle) => producerId.get(handle)).filter((id): id is string => !!id),
    price: event.price ?? null,
  }
}

/** The seed's events as they would be made on `today` (tests read them). */
export function planEvents(today: Date, producerId: Map<string, string>): EventInputType[] {
  const day = dayText(today)
  return [...MARKETS.map((market) => marketEvent(market, day, producerId)), ...EVENTS.map((event) => oneOffEvent(event, day, producerId))]
}
