export {
  EVENT_TIME_ZONE,
  LOCAL_DATE,
  LOCAL_DATE_TIME,
  berlinDayOf,
  berlinToInstant,
  instantToBerlin,
  isLocalDate,
  isLocalDateTime,
} from "./local-time"
export {
  lastOccurrenceEnd,
  occurrences,
  readRecurrence,
  type EventTiming,
  type Occurrence,
  weeklyHours,
  type RecurrenceReading,
  type WeeklyHours,
} from "./recurrence"
export { icalendar, type IcalEvent } from "./ical"
