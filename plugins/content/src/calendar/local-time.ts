// Event times are entered, stored and shown as Berlin wall-clock time ("Saturday 08:00"), because
// that is what a market's stall holders and visitors go by. This module is the one place that
// turns such wall times into instants and back; it uses the runtime's own time-zone data (Intl),
// so it follows whatever tzdata the Node build ships.

export const EVENT_TIME_ZONE = "Europe/Berlin"

export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/

// The association plans years ahead, never centuries; the bound also keeps Date.UTC away from
// its two-digit-year quirk and keeps every UNTIL within a known range.
const FIRST_YEAR = 2000
const LAST_YEAR = 2100

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

type WallParts = { year: number; month: number; day: number; hour: number; minute: number }

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function isRealDate(year: number, month: number, day: number): boolean {
  return (
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

export function isLocalDate(value: string): boolean {
  if (typeof value !== "string" || !LOCAL_DATE.test(value)) return false
  const [year, month, day] = value.split("-").map(Number)
  return isRealDate(year, month, day)
}

export function isLocalDateTime(value: string): boolean {
  if (typeof value !== "string" || !LOCAL_DATE_TIME.test(value)) return false
  const [date, time] = value.split("T")
  const [hour, minute] = time.split(":").map(Number)
  return isLocalDate(date) && hour <= 23 && minute <= 59
}

function wallParts(local: string): WallParts {
  if (!isLocalDateTime(local)) {
    throw new RangeError(`"${local}" is not a Berlin wall time of the form YYYY-MM-DDTHH:mm`)
  }
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number)
  return { year, month, day, hour, minute }
}

/**
 * A wall time ("YYYY-MM-DDTHH:mm") or a day ("YYYY-MM-DD", its midnight) as "floating"
 * milliseconds: the wall clock's fields read as if they were UTC. Rule expansion works on these,
 * so that adding a week never crosses a time-zone transition. Throws a RangeError when invalid.
 */
export function localToWallClock(local: string): number {
  if (isLocalDate(local)) {
    const [year, month, day] = local.split("-").map(Number)
    return Date.UTC(year, month - 1, day)
  }
  const { year, month, day, hour, minute } = wallParts(local)
  return Date.UTC(year, month - 1, day, hour, minute)
}

const berlinFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
})

// Berlin's UTC offset at an instant, straight from Intl: the Berlin wall time read as if it were
// UTC, minus the instant itself.
function offsetFromIntl(epochMs: number): number {
  const fields: Record<string, number> = {}
  for (const part of berlinFormat.formatToParts(new Date(epochMs))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value)
  }
  const wallAsUtc = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  )
  const wholeSeconds = epochMs - (((epochMs % 1000) + 1000) % 1000)
  return wallAsUtc - wholeSeconds
}

// Intl is slow next to plain arithmetic, and expanding a year of markets asks for the offset tens
// of thousands of times. Per UTC day we remember the offset when it is the same at the day's start
// and at the next day's start: Berlin changes its offset at most once a day, so then it holds for
// the whole day. Only the two transition days a year go to Intl every time.
const steadyOffsetByUtcDay = new Map<number, number | null>()

function berlinOffsetAt(epochMs: number): number {
  const utcDay = Math.floor(epochMs / DAY_MS)
  let steady = steadyOffsetByUtcDay.get(utcDay)
  if (steady === undefined) {
    const atStart = offsetFromIntl(utcDay * DAY_MS)
    const atNextStart = offsetFromIntl((utcDay + 1) * DAY_MS)
    steady = atStart === atNextStart ? atStart : null
    steadyOffsetByUtcDay.set(utcDay, steady)
  }
  return steady ?? offsetFromIntl(epochMs)
}

/**
 * The instant a Berlin wall time ("YYYY-MM-DDTHH:mm") stands for.
 *
 * Two kinds of wall time are not one instant, and both are settled the way a person with a wall
 * clock would experience them:
 * - A time in the spring-forward gap (2027-03-28T02:30 does not exist: clocks jump from 02:00 to
 *   03:00) is read with the offset that held before the gap, i.e. as if the clock had simply moved
 *   on: 02:30 becomes 03:30 CEST (01:30Z).
 * - A time in the autumn overlap (2027-10-31T02:30 happens twice) is the FIRST occurrence, still
 *   in summer time: 02:30 CEST (00:30Z), not 02:30 CET (01:30Z).
 *
 * Throws a RangeError for anything that is not a real wall time between the years 2000 and 2100.
 */
export function berlinToInstant(local: string): Date {
  const { year, month, day, hour, minute } = wallParts(local)
  return new Date(wallClockToEpochMs(Date.UTC(year, month - 1, day, hour, minute)))
}

/**
 * berlinToInstant for a wall time already held as "floating" milliseconds (the wall time's fields
 * read as if they were UTC), as rule expansion produces them; it skips parsing a string per
 * occurrence. Same gap and overlap rules as berlinToInstant.
 */
export function wallClockToEpochMs(wallAsUtc: number): number {
  // The offsets a day either side bracket any transition near this wall time; each offset that
  // maps back onto itself is a real reading of the wall time.
  const offsetBefore = berlinOffsetAt(wallAsUtc - DAY_MS)
  const offsetAfter = berlinOffsetAt(wallAsUtc + DAY_MS)
  // Berlin's transitions are months apart, so equal offsets a day either side mean none between.
  if (offsetBefore === offsetAfter) return wallAsUtc - offsetBefore
  const readings = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => wallAsUtc - berlinOffsetAt(instant) === instant)
  if (readings.length === 0) {
    // In the gap: carry on with the offset from before it.
    return wallAsUtc - offsetBefore
  }
  // In the overlap both readings are real; the earlier instant is the first occurrence.
  return Math.min(...readings)
}

/** The Berlin wall time of an instant as "floating" milliseconds (its fields read as UTC). */
export function epochMsToWallClock(epochMs: number): number {
  return epochMs + berlinOffsetAt(epochMs)
}

/** The Berlin wall time ("YYYY-MM-DDTHH:mm") of an instant, seconds dropped. */
export function instantToBerlin(instant: Date): string {
  const epochMs = instant.getTime()
  if (Number.isNaN(epochMs)) throw new RangeError("Cannot show an invalid date as Berlin time")
  return new Date(epochMsToWallClock(epochMs)).toISOString().slice(0, 16)
}

/** The Berlin calendar day ("YYYY-MM-DD") an instant falls on. */
export function berlinDayOf(instant: Date): string {
  return instantToBerlin(instant).slice(0, 10)
}
