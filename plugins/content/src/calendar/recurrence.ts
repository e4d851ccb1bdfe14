// Recurring events (the weekly farmers' market) are stored as an RFC 5545 RRULE value next to the
// first occurrence's Berlin wall times. The rule is expanded in wall-clock time: the market opens at
// 08:00 Berlin every Saturday, whether that is 07:00Z in winter or 06:00Z in summer.
import { RRule, type Options } from "rrule"
import {
  epochMsToWallClock,
  instantToBerlin,
  isLocalDate,
  isLocalDateTime,
  localToWallClock,
  wallClockToEpochMs,
} from "./local-time"

export type RecurrenceReading = { ok: true; rule: string } | { ok: false; message: string }

/**
 * When an event happens, in Berlin wall-clock terms. For all-day events starts_local and
 * ends_local are days ("YYYY-MM-DD", ends_local the last day itself); otherwise wall times
 * ("YYYY-MM-DDTHH:mm"). With a rule, starts_local/ends_local are the first occurrence and every
 * occurrence keeps its wall-clock length. exdates are Berlin days ("YYYY-MM-DD") on which an
 * occurrence is skipped (no market on a holiday); they only apply with a rule.
 */
export type EventTiming = {
  starts_local: string
  ends_local: string
  all_day: boolean
  rrule: string | null
  exdates: string[]
}

/** One concrete occurrence; for all-day events starts_at/ends_at are the Berlin midnights around it. */
export type Occurrence = {
  starts_local: string
  ends_local: string
  starts_at: Date
  ends_at: Date
}

const MAX_RULE_LENGTH = 200
const MAX_COUNT = 1000
const MAX_INTERVAL = 52
const FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
const FREQ_MESSAGE = "The recurrence rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"
const SUPPORTED_PARTS = [
  "FREQ",
  "INTERVAL",
  "COUNT",
  "UNTIL",
  "BYDAY",
  "BYMONTHDAY",
  "BYMONTH",
  "BYYEARDAY",
  "BYWEEKNO",
  "BYSETPOS",
  "WKST",
]

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

// rrule checks UNTIL and a search's end only against dates it produces: a rule that never
// produces one again (BYMONTH=2;BYMONTHDAY=30) walks on, period by period, to the year 9999 —
// seconds for a daily rule, on every request. So readRecurrence refuses such rules, and those
// whose chance depends on the start's phase (an INTERVAL against BYMONTH), and probes the rest.
// The probe starts in 9600, the same place as 2000 in the 400-year Gregorian cycle: rrule stops at
// 9999, so a rule that never matches costs one cycle to find out, and one cycle holds every
// combination of month, day and weekday there is.
const PROBE_START = Date.UTC(9600, 0, 1)

type PartReading = { ok: true; value: string } | { ok: false; message: string }

function refuse(message: string): RecurrenceReading {
  return { ok: false, message }
}

// A comma-separated list of whole numbers within ±[1, max] (or [1, max] when unsigned), normalised
// ("+03" → "3"); a sentence saying what is wrong otherwise.
function readNumberList(name: string, value: string, max: number, signed: boolean): PartReading {
  const numbers: string[] = []
  for (const item of value.split(",").map((piece) => piece.trim())) {
    const pattern = signed ? /^[+-]?\d{1,3}$/ : /^\d{1,3}$/
    const number = Number(item)
    if (!pattern.test(item) || Math.abs(number) < 1 || Math.abs(number) > max) {
      const range = signed ? `1 to ${max} or -1 to -${max}` : `1 to ${max}`
      return {
        ok: false,
        message: `${name} in the recurrence rule must list whole numbers from ${range}, separated by commas`,
      }
    }
    numbers.push(String(number))
  }
  return { ok: true, value: numbers.join(",") }
}

// UNTIL as RFC 5545 allows it here: a day (YYYYMMDD) or a UTC time (YYYYMMDDTHHMMSSZ).
export const UNTIL_FORM = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/

function isRealUntil(value: string): boolean {
  const match = UNTIL_FORM.exec(value)
  if (!match) return false
  const [, year, month, day, hour, minute, second] = match
  if (!isLocalDate(`${year}-${month}-${day}`)) return false
  if (hour === undefined) return true
  return Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59
}

// One part's value, normalised, in the light of FREQ and the other parts named.
function readPart(name: string, value: string, freq: string, parts: Map<string, string>): PartReading {
  switch (name) {
    case "INTERVAL":
      return /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_INTERVAL
        ? { ok: true, value: String(Number(value)) }
        : {
            ok: false,
            message: `INTERVAL in the recurrence rule must be a whole number from 1 to ${MAX_INTERVAL}`,
          }
    case "COUNT":
      return /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_COUNT
        ? { ok: true, value: String(Number(value)) }
        : {
            ok: false,
            message: `COUNT in the recurrence rule must be a whole number from 1 to ${MAX_COUNT}`,
          }
    case "UNTIL":
      return isRealUntil(value)
        ? { ok: true, value }
        : {
            ok: false,
            message:
              "UNTIL in the recurrence rule must be a real date between 2000 and 2100, " +
              "written YYYYMMDD or YYYYMMDDTHHMMSSZ (UTC)",
          }
    case "BYDAY":
      return readWeekdays(value, freq, parts)
    case "BYMONTHDAY":
      if (freq === "WEEKLY") return { ok: false, message: "BYMONTHDAY cannot be used with FREQ=WEEKLY" }
      return readNumberList(name, value, 31, true)
    case "BYMONTH":
      return readNumberList(name, value, 12, false)
    case "BYYEARDAY":
      if (freq !== "YEARLY") return { ok: false, message: "BYYEARDAY only works with FREQ=YEARLY" }
      return readNumberList(name, value, 366, true)
    case "BYWEEKNO":
      if (freq !== "YEARLY") return { ok: false, message: "BYWEEKNO only works with FREQ=YEARLY" }
      return readNumberList(name, value, 53, true)
    case "BYSETPOS":
      if (![...parts.keys()].some((other) => other.startsWith("BY") && other !== "BYSETPOS")) {
        return {
          ok: false,
          message: "BYSETPOS in the recurrence rule needs another BY part (such as BYDAY) to pick from",
        }
      }
      return readNumberList(name, value, 366, true)
    case "WKST":
      return WEEKDAYS.includes(value)
        ? { ok: true, value }
        : {
            ok: false,
            message: "WKST in the recurrence rule must be a weekday: MO, TU, WE, TH, FR, SA or SU",
          }
    default:
      return { ok: false, message: `The recurrence rule part ${name} is not supported` }
  }
}

// BYDAY: weekdays, numbered ("1SA", "-1SU") only where RFC 5545 gives numbers a meaning.
function readWeekdays(value: string, freq: string, parts: Map<string, string>): PartReading {
  const days: string[] = []
  for (const item of value.split(",").map((piece) => piece.trim())) {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item)
    const ordinal = match?.[1] === undefined ? null : Number(match[1])
    if (!match || (ordinal !== null && (Math.abs(ordinal) < 1 || Math.abs(ordinal) > 53))) {
      return {
        ok: false,
        message:
          "BYDAY in the recurrence rule must list weekdays (MO, TU, WE, TH, FR, SA, SU), " +
          "optionally numbered like 1SA or -1SU, separated by commas",
      }
    }
    if (ordinal !== null && freq !== "MONTHLY" && freq !== "YEARLY") {
      return {
        ok: false,
        message: "A numbered weekday in BYDAY (like 1SA) only works with FREQ=MONTHLY or YEARLY",
      }
    }
    if (ordinal !== null && parts.has("BYWEEKNO")) {
      return {
        ok: false,
        message: "A numbered weekday in BYDAY (like 1SA) cannot be combined with BYWEEKNO",
      }
    }
    days.push(`${ordinal ?? ""}${match[2]}`)
  }
  return { ok: true, value: days.join(",") }
}

/**
 * Reads an RRULE value as an admin types it ("FREQ=WEEKLY;BYDAY=SA", optionally with the
 * "RRULE:" prefix, any case) and answers the normalised rule (upper case, FREQ first, numbers
 * without padding) or an English sentence saying what is wrong, fit for a 400 answer.
 *
 * Only what a calendar of markets and festivals needs is accepted: DAILY to YEARLY, no times of
 * day inside the rule (an event repeats at its own start time), no DTSTART/TZID (the event carries
 * those), and the RFC 5545 combinations of parts that clients agree on.
 */
export function readRecurrence(rule: string): RecurrenceReading {
  if (typeof rule !== "string") {
    return refuse("The recurrence rule must be text, such as FREQ=WEEKLY;BYDAY=SA")
  }
  // A trailing line break from a text field is whitespace and goes; any other control
  // character is refused below.
  const trimmed = rule.trim()
  if (trimmed.length === 0) {
    return refuse("The recurrence rule is empty; write one such as FREQ=WEEKLY;BYDAY=SA")
  }
  if (trimmed.length > MAX_RULE_LENGTH) {
    return refuse(`The recurrence rule is longer than ${MAX_RULE_LENGTH} characters`)
  }
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    return refuse("The recurrence rule contains a control character; write it on one line")
  }
  if (!/^[A-Za-z0-9=;,:+\- ]+$/.test(trimmed)) {
    return refuse(
      "The recurrence rule may only contain letters, digits, spaces and the characters = ; , : + -",
    )
  }

  let text = trimmed.toUpperCase()
  if (text.startsWith("RRULE:")) text = text.slice("RRULE:".length).trim()
  // "FREQ=WEEKLY;" is a slip, not a different rule.
  if (text.endsWith(";")) text = text.slice(0, -1)

  const parts = new Map<string, string>()
  for (const piece of text.split(";")) {
    const equals = piece.indexOf("=")
    const name = piece.slice(0, equals).trim()
    const value = piece.slice(equals + 1).trim()
    if (equals < 0 || name === "") {
      return refuse(`"${piece.trim()}" in the recurrence rule is not of the form NAME=VALUE`)
    }
    if (name === "DTSTART" || name === "TZID") {
      return refuse(
        "The recurrence rule must not contain DTSTART or TZID: " +
          "the event's start time and the Berlin time zone are set separately",
      )
    }
    if (name === "BYHOUR" || name === "BYMINUTE" || name === "BYSECOND") {
      return refuse(
        "The recurrence rule must not contain BYHOUR, BYMINUTE or BYSECOND: " +
          "an event repeats at its own start time",
      )
    }
    if (!SUPPORTED_PARTS.includes(name)) {
      return refuse(
        `The recurrence rule part ${name} is not supported; use FREQ, INTERVAL, COUNT, UNTIL, ` +
          "BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYSETPOS or WKST",
      )
    }
    if (parts.has(name)) return refuse(`The recurrence rule names ${name} more than once`)
    if (value === "") return refuse(`${name} in the recurrence rule has no value`)
    parts.set(name, value)
  }

  const freq = parts.get("FREQ")
  if (freq === undefined || !FREQUENCIES.includes(freq)) return refuse(FREQ_MESSAGE)

  const normalised = new Map<string, string>([["FREQ", freq]])
  for (const [name, value] of parts) {
    if (name === "FREQ") continue
    const reading = readPart(name, value, freq, parts)
    if (!reading.ok) return refuse(reading.message)
    normalised.set(name, reading.value)
  }
  if (normalised.has("COUNT") && normalised.has("UNTIL")) {
    return refuse("The recurrence rule may end with COUNT or with UNTIL, not both")
  }
  const interval = Number(normalised.get("INTERVAL") ?? "1")
  const filtersDays = ["BYDAY", "BYMONTHDAY", "BYMONTH"].some((name) => normalised.has(name))
  if (freq === "DAILY" && interval > 1 && filtersDays) {
    return refuse(
      "With FREQ=DAILY, INTERVAL cannot be combined with BYDAY, BYMONTHDAY or BYMONTH; " +
        "for weekdays use FREQ=WEEKLY",
    )
  }
  if (freq === "DAILY" && normalised.has("BYSETPOS")) {
    return refuse("BYSETPOS does not work with FREQ=DAILY")
  }
  if (freq === "MONTHLY" && interval % 12 === 0) {
    return refuse("For a date once every year or few years, use FREQ=YEARLY instead of FREQ=MONTHLY")
  }
  if (freq === "MONTHLY" && interval > 1 && normalised.has("BYMONTH")) {
    return refuse(
      "With FREQ=MONTHLY, BYMONTH cannot be combined with INTERVAL; use FREQ=YEARLY with BYMONTH",
    )
  }

  const ruleText = [...normalised].map(([name, value]) => `${name}=${value}`).join(";")
  // rrule has the last word on whether it can expand the rule; it is also asked whether the rule
  // ever produces a date at all, whatever the event's start (so without INTERVAL, COUNT, UNTIL).
  try {
    const options = RRule.parseString(ruleText)
    const probeOptions: Partial<Options> = {
      ...options,
      dtstart: new Date(PROBE_START),
      interval: 1,
      count: null,
      until: null,
    }
    // A daily rule's dates (INTERVAL 1, above) are all days passing its filters, and so are a
    // yearly rule's once it names days; the yearly walk takes a year per step, not a day.
    if (freq === "DAILY") probeOptions.freq = RRule.YEARLY
    const namesDays = normalised.has("BYDAY") || normalised.has("BYMONTHDAY")
    const probe = new RRule(probeOptions, true)
    if ((freq !== "DAILY" || namesDays) && probe.after(new Date(PROBE_START), true) === null) {
      return refuse("The recurrence rule never produces a date (check BYMONTH, BYMONTHDAY and BYSETPOS)")
    }
  } catch {
    return refuse("The recurrence rule could not be read; write it like FREQ=WEEKLY;BYDAY=SA")
  }
  return { ok: true, rule: ruleText }
}

type RuleReading = {
  rule: string
  /** The normalised rule's parts by name ("FREQ" → "WEEKLY"). */
  parts: ReadonlyMap<string, string>
  options: Partial<Options>
  until: string | null
  hasEnd: boolean
  // The length of one whole period of the rule when expansion may start at any whole period
  // after the first occurrence without changing the series; null when it may not.
  jumpablePeriodMs: number | null
}

// Events in a listing share a handful of rules; each is read once.
const ruleReadings = new Map<string, RuleReading>()
const MAX_REMEMBERED_RULES = 1000

function readStoredRule(rule: string): RuleReading {
  const remembered = ruleReadings.get(rule)
  if (remembered) return remembered
  const reading = readRecurrence(rule)
  if (!reading.ok) throw new RangeError(reading.message)
  const parts = new Map(
    reading.rule.split(";").map((part) => part.split("=") as [string, string]),
  )
  const interval = Number(parts.get("INTERVAL") ?? "1")
  const periodDays = { DAILY: interval, WEEKLY: 7 * interval }[parts.get("FREQ") ?? ""]
  const ruleReading: RuleReading = {
    rule: reading.rule,
    parts,
    options: RRule.parseString(reading.rule),
    until: parts.get("UNTIL") ?? null,
    hasEnd: parts.has("UNTIL") || parts.has("COUNT"),
    // COUNT counts from the very first occurrence, and months and years differ in length; a
    // daily or weekly rule without COUNT repeats exactly every `interval` days or weeks, weekday
    // and WKST alignment included.
    jumpablePeriodMs: parts.has("COUNT") || periodDays === undefined ? null : periodDays * DAY_MS,
  }
  if (ruleReadings.size >= MAX_REMEMBERED_RULES) ruleReadings.clear()
  ruleReadings.set(rule, ruleReading)
  return ruleReading
}

/**
 * A saved rule, normalised; remembered, since a feed renders the same few rules many times.
 * Throws a RangeError with readRecurrence's message for a rule that is not valid.
 */
export function normalisedStoredRule(rule: string): string {
  return readStoredRule(rule).rule
}

/**
 * UNTIL as a floating wall time, to compare with floating occurrences. A UTC time is the Berlin
 * wall time of that instant; a bare day (YYYYMMDD) includes that whole Berlin day.
 */
function untilAsWallClock(until: string): number {
  const [, year, month, day, hour, minute, second] = UNTIL_FORM.exec(until) ?? []
  if (hour === undefined) {
    return Date.UTC(Number(year), Number(month) - 1, Number(day), 23, 59, 59)
  }
  return epochMsToWallClock(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)),
  )
}

type ExpansionPlan = {
  startWall: number
  durationMs: number
  allDay: boolean
  // The rule expanded from a given (floating) start on; null for a single event.
  ruleFrom: ((startWall: number) => RRule) | null
  jumpablePeriodMs: number | null
  hasEnd: boolean
  skippedDays: Set<string>
}

function wallDay(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10)
}

function planExpansion(timing: EventTiming): ExpansionPlan {
  const isValid = timing.all_day ? isLocalDate : isLocalDateTime
  if (!isValid(timing.starts_local) || !isValid(timing.ends_local)) {
    const form = timing.all_day ? "days (YYYY-MM-DD)" : "Berlin wall times (YYYY-MM-DDTHH:mm)"
    throw new RangeError(`An event's start and end must be ${form}`)
  }
  const startWall = localToWallClock(timing.starts_local)
  // An all-day event runs to the midnight after its last day; a reversed range is read as the
  // shortest event of its kind rather than a negative one.
  const durationMs = timing.all_day
    ? Math.max(DAY_MS, localToWallClock(timing.ends_local) + DAY_MS - startWall)
    : Math.max(0, localToWallClock(timing.ends_local) - startWall)

  if (timing.rrule === null || timing.rrule === undefined || timing.rrule.trim() === "") {
    return {
      startWall,
      durationMs,
      allDay: timing.all_day,
      ruleFrom: null,
      jumpablePeriodMs: null,
      hasEnd: true,
      skippedDays: new Set(),
    }
  }
  for (const day of timing.exdates) {
    if (!isLocalDate(day)) throw new RangeError(`"${day}" is not a day of the form YYYY-MM-DD`)
  }
  const reading = readStoredRule(timing.rrule)
  // Expansion runs on floating times: the wall time as if it were UTC, so that "every Saturday
  // at 08:00" never sees a time-zone transition. Each result is then placed in Berlin.
  const until = reading.until === null ? null : new Date(untilAsWallClock(reading.until))
  const ruleFrom = (ruleStartWall: number) =>
    new RRule({ ...reading.options, dtstart: new Date(ruleStartWall), tzid: null, until }, true)
  return {
    startWall,
    durationMs,
    allDay: timing.all_day,
    ruleFrom,
    jumpablePeriodMs: reading.jumpablePeriodMs,
    hasEnd: reading.hasEnd,
    skippedDays: new Set(timing.exdates),
  }
}

function occurrenceAt(plan: ExpansionPlan, startWall: number): Occurrence {
  const endWall = startWall + plan.durationMs
  const startsAt = wallClockToEpochMs(startWall)
  // A start inside the spring-forward gap moves on by an hour; the end never comes before it.
  const endsAt = Math.max(startsAt, wallClockToEpochMs(endWall))
  if (plan.allDay) {
    return {
      starts_local: wallDay(startWall),
      ends_local: wallDay(endWall - DAY_MS),
      starts_at: new Date(startsAt),
      ends_at: new Date(endsAt),
    }
  }
  return {
    starts_local: instantToBerlin(new Date(startsAt)),
    ends_local: instantToBerlin(new Date(endsAt)),
    starts_at: new Date(startsAt),
    ends_at: new Date(endsAt),
  }
}

// The window is half-open; an event without length counts when it starts inside it.
function overlaps(occurrence: Occurrence, fromMs: number, toMs: number): boolean {
  const startsMs = occurrence.starts_at.getTime()
  const endsMs = occurrence.ends_at.getTime()
  if (startsMs >= toMs) return false
  return endsMs > fromMs || (endsMs === startsMs && startsMs >= fromMs)
}

/**
 * Every occurrence that overlaps [from, to), in order, at most `limit` of them. A non-recurring
 * event is its one occurrence. A recurring event's occurrences are the dates its rule produces
 * from starts_local on: a start that does not match the rule (a Friday for BYDAY=SA) is not one
 * itself. RFC 5545 leaves that case undefined; this is what rrule and ical.js do, so the shop and
 * subscribed calendars agree. Saving such a start is better refused.
 */
export function occurrences(timing: EventTiming, from: Date, to: Date, limit = 500): Occurrence[] {
  const plan = planExpansion(timing)
  const fromMs = from.getTime()
  const toMs = to.getTime()
  const found: Occurrence[] = []
  if (limit <= 0 || !(toMs > fromMs)) return found

  // Answers whether to look further.
  const consider = (startWall: number): boolean => {
    if (plan.skippedDays.has(wallDay(startWall))) return true
    const occurrence = occurrenceAt(plan, startWall)
    if (occurrence.starts_at.getTime() >= toMs) return false
    if (overlaps(occurrence, fromMs, toMs)) found.push(occurrence)
    return found.length < limit
  }

  if (plan.ruleFrom === null) {
    consider(plan.startWall)
    return found
  }
  // Floating times are real instants shifted by Berlin's offset (one or two hours); a day's
  // margin either side keeps every overlapping occurrence in the search, and `consider` decides.
  const searchFrom = Math.max(plan.startWall, fromMs - plan.durationMs - DAY_MS)
  const searchTo = toMs + DAY_MS
  // rrule walks from its start; a market running since 2015 should not be walked week by week
  // through every year before the window.
  let ruleStartWall = plan.startWall
  if (plan.jumpablePeriodMs !== null) {
    const wholePeriods = Math.floor((searchFrom - plan.startWall) / plan.jumpablePeriodMs)
    ruleStartWall += Math.max(0, wholePeriods) * plan.jumpablePeriodMs
  }
  plan
    .ruleFrom(ruleStartWall)
    .between(new Date(searchFrom), new Date(searchTo), true, (date) => consider(date.getTime()))
  return found
}

/**
 * When the event's last occurrence ends, or null when it repeats forever; used to hide past events.
 * Exdates count: a series whose last date is skipped ends with the one before.
 */
export function lastOccurrenceEnd(timing: EventTiming): Date | null {
  const plan = planExpansion(timing)
  if (plan.ruleFrom === null) return occurrenceAt(plan, plan.startWall).ends_at
  if (!plan.hasEnd) return null
  let lastStartWall: number | null = null
  // COUNT (at most 1000) or UNTIL (at most the year 2100) bounds this walk: readRecurrence lets
  // through only rules that keep producing dates, and the first one past UNTIL ends it.
  plan.ruleFrom(plan.startWall).all((date) => {
    const startWall = date.getTime()
    if (!plan.skippedDays.has(wallDay(startWall))) {
      lastStartWall = startWall
    }
    return true
  })
  // A series without a single date has nothing to show; it is over once its start has passed.
  return occurrenceAt(plan, lastStartWall ?? plan.startWall).ends_at
}

/** A weekday's opening in Berlin wall time: ISO weekday (1 Monday … 7 Sunday), "HH:MM" to "HH:MM". */
export type WeeklyHours = { day: 1 | 2 | 3 | 4 | 5 | 6 | 7; opens: string; closes: string }[]

/**
 * The hours of an event that comes back every week at the same time — a weekly market — as
 * weekdays and times, the way a shop states its opening hours. Null for anything else: a one-off
 * or all-day event, every other week, monthly, only in some months, past midnight. An end (COUNT,
 * UNTIL) is fine: the dates say when the series stops. BYDAY names the days; without it, the
 * first occurrence's weekday.
 */
export function weeklyHours(timing: EventTiming): WeeklyHours | null {
  if (!timing.rrule || timing.all_day) return null
  const { parts } = readStoredRule(timing.rrule)
  const onlyWeekly = [...parts.keys()].every((name) => ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST"].includes(name))
  if (parts.get("FREQ") !== "WEEKLY" || (parts.get("INTERVAL") ?? "1") !== "1" || !onlyWeekly) return null
  const [startDay, opens] = timing.starts_local.split("T")
  const [endDay, closes] = timing.ends_local.split("T")
  if (startDay !== endDay || closes <= opens) return null
  const firstWeekday = ((new Date(`${startDay}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
  const days = parts.has("BYDAY") ? parts.get("BYDAY")!.split(",").map((day) => WEEKDAYS.indexOf(day) + 1) : [firstWeekday]
  return [...new Set(days)]
    .sort((a, b) => a - b)
    .map((day) => ({ day: day as WeeklyHours[number]["day"], opens, closes }))
}
