// The association's events as an RFC 5545 calendar that people subscribe to (Apple Calendar,
// Google Calendar, Thunderbird, Outlook). Times go out as Berlin wall times with the Europe/Berlin
// VTIMEZONE spelled out, so a recurring market stays at 08:00 in every client across DST changes.
import {
  EVENT_TIME_ZONE,
  epochMsToWallClock,
  isLocalDate,
  isLocalDateTime,
  localToWallClock,
  wallClockToEpochMs,
} from "./local-time"
import { normalisedStoredRule, UNTIL_FORM, type EventTiming } from "./recurrence"

export type IcalEvent = {
  uid: string
  title: string
  description: string | null
  location: string | null
  geo: { latitude: number; longitude: number } | null
  url: string | null
  timing: EventTiming
  cancelled: boolean
  updated_at: Date
}

const PRODUCT_ID = "-//genussnetz//Veranstaltungen//DE"
const MAX_LINE_OCTETS = 75
const DAY_MS = 86_400_000

// Europe/Berlin as the EU has run it since 1996: summer time from the last Sunday in March 02:00
// to the last Sunday in October 03:00 (local). Clients use these rules, not their own tzdata, to
// place our TZID times, so they must agree with local-time.ts (the tests check both).
const BERLIN_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${EVENT_TIME_ZONE}`,
  `X-LIC-LOCATION:${EVENT_TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
]

/**
 * A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon and comma get a backslash, line
 * breaks become "\n", a tab becomes a space and other control characters are dropped (they are
 * not allowed in a content line at all).
 */
function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n")
}

// A URI value is not escaped, but must stay on its line.
function cleanUri(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f]/g, "")
}

function utf8Octets(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * Folds a content line into pieces of at most 75 octets (RFC 5545 3.1): each continuation starts
 * with one space, which counts towards its 75. Splits only between code points, so a multi-byte
 * UTF-8 character (an umlaut, an emoji) is never cut in half.
 */
function fold(line: string): string {
  const pieces: string[] = []
  let piece = ""
  let pieceOctets = 0
  let room = MAX_LINE_OCTETS
  for (const character of line) {
    const octets = utf8Octets(character)
    if (pieceOctets + octets > room) {
      pieces.push(piece)
      piece = ""
      pieceOctets = 0
      room = MAX_LINE_OCTETS - 1
    }
    piece += character
    pieceOctets += octets
  }
  pieces.push(piece)
  return pieces.join("\r\n ")
}

function utcStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace(/[-:]/g, "") + "Z"
}

// "Floating" milliseconds (wall time read as UTC) as an iCal local date-time or date.
function wallStamp(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19).replace(/[-:]/g, "")
}

function wallDateStamp(wall: number): string {
  return wallStamp(wall).slice(0, 8)
}

/**
 * RFC 5545 wants UNTIL in the same kind as DTSTART: a UTC time for a timed event, a date for an
 * all-day one. Admins may type either; both are translated the way occurrences() reads them
 * (a bare day includes that whole Berlin day, a UTC time counts by its Berlin day).
 */
function untilForStart(until: string, allDay: boolean): string {
  const [, year, month, day, hour, minute, second] = UNTIL_FORM.exec(until) ?? []
  const isDay = hour === undefined
  if (allDay && !isDay) {
    const instant = Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second),
    )
    return wallDateStamp(epochMsToWallClock(instant))
  }
  if (!allDay && isDay) {
    const lastSecond = Date.UTC(Number(year), Number(month) - 1, Number(day), 23, 59, 59)
    return utcStamp(wallClockToEpochMs(lastSecond))
  }
  return until
}

function recurrenceLines(timing: EventTiming): string[] {
  if (timing.rrule === null || timing.rrule === undefined || timing.rrule.trim() === "") return []
  const rule = normalisedStoredRule(timing.rrule)
    .split(";")
    .map((part) =>
      part.startsWith("UNTIL=")
        ? `UNTIL=${untilForStart(part.slice("UNTIL=".length), timing.all_day)}`
        : part,
    )
    .join(";")
  const lines = [`RRULE:${rule}`]

  const skippedDays = [...new Set(timing.exdates)].sort()
  for (const day of skippedDays) {
    if (!isLocalDate(day)) throw new RangeError(`"${day}" is not a day of the form YYYY-MM-DD`)
  }
  if (skippedDays.length > 0) {
    // EXDATE names the skipped occurrence's start, in the same form as DTSTART.
    if (timing.all_day) {
      const days = skippedDays.map((day) => wallDateStamp(localToWallClock(day)))
      lines.push(`EXDATE;VALUE=DATE:${days.join(",")}`)
    } else {
      const timeOfDay = timing.starts_local.slice("YYYY-MM-DD".length)
      const starts = skippedDays.map((day) => wallStamp(localToWallClock(`${day}${timeOfDay}`)))
      lines.push(`EXDATE;TZID=${EVENT_TIME_ZONE}:${starts.join(",")}`)
    }
  }
  return lines
}

function timingLines(timing: EventTiming): string[] {
  if (timing.all_day) {
    if (!isLocalDate(timing.starts_local) || !isLocalDate(timing.ends_local)) {
      throw new RangeError("An all-day event's start and end must be days (YYYY-MM-DD)")
    }
    const startWall = localToWallClock(timing.starts_local)
    // DTEND of an all-day event is exclusive: the day after the last day, at least one day on.
    const endWall = Math.max(startWall, localToWallClock(timing.ends_local)) + DAY_MS
    return [`DTSTART;VALUE=DATE:${wallDateStamp(startWall)}`, `DTEND;VALUE=DATE:${wallDateStamp(endWall)}`]
  }
  if (!isLocalDateTime(timing.starts_local) || !isLocalDateTime(timing.ends_local)) {
    throw new RangeError("An event's start and end must be Berlin wall times (YYYY-MM-DDTHH:mm)")
  }
  const startWall = localToWallClock(timing.starts_local)
  const endWall = localToWallClock(timing.ends_local)
  const lines = [`DTSTART;TZID=${EVENT_TIME_ZONE}:${wallStamp(startWall)}`]
  // DTEND must come after DTSTART; without it a timed event ends when it starts.
  if (endWall > startWall) lines.push(`DTEND;TZID=${EVENT_TIME_ZONE}:${wallStamp(endWall)}`)
  return lines
}

function formatCoordinate(value: number): string {
  // FLOAT allows no exponent; six decimals are about 10 cm.
  return value.toFixed(6)
}

function eventLines(event: IcalEvent, now: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(now.getTime())}`,
    `LAST-MODIFIED:${utcStamp(event.updated_at.getTime())}`,
    ...timingLines(event.timing),
    `SUMMARY:${escapeText(event.title)}`,
  ]
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`)
  if (event.geo && Number.isFinite(event.geo.latitude) && Number.isFinite(event.geo.longitude)) {
    lines.push(`GEO:${formatCoordinate(event.geo.latitude)};${formatCoordinate(event.geo.longitude)}`)
  }
  if (event.url) lines.push(`URL:${cleanUri(event.url)}`)
  lines.push(`STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`)
  lines.push(...recurrenceLines(event.timing), "END:VEVENT")
  return lines
}

/**
 * The calendar as an RFC 5545 document: CRLF line endings, lines folded at 75 octets, one
 * Europe/Berlin VTIMEZONE, and one VEVENT per event (a recurring market is one VEVENT with RRULE
 * and EXDATE). Cancelled events stay in the feed with STATUS:CANCELLED, so subscribers' copies
 * are marked rather than silently kept. `now` is the DTSTAMP. Throws a RangeError for an event
 * whose timing or rule is invalid (they are validated when saved).
 */
export function icalendar(calendar: { name: string; events: IcalEvent[] }, now: Date): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${EVENT_TIME_ZONE}`,
    ...BERLIN_VTIMEZONE,
    ...calendar.events.flatMap((event) => eventLines(event, now)),
    "END:VCALENDAR",
  ]
  return lines.map(fold).join("\r\n") + "\r\n"
}
