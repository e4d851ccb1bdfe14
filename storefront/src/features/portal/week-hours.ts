import { postedText } from "../../lib/form-fields"

/**
 * Hours for each weekday (Monday 1 … Sunday 7), one slot a day, as the portal's forms take them:
 * pickup hours and a farm shop's opening hours. A day left empty is closed.
 */
export const WEEKDAY_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const
export type IsoDay = (typeof WEEKDAY_NUMBERS)[number]
export type DaySlot = { day: IsoDay; opens: string; closes: string }
export type WeekHoursValues = Record<IsoDay, { opens: string; closes: string }>

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** The form's values for the given slots (empty days blank). */
export function weekHoursValues(slots: readonly DaySlot[] | null | undefined): WeekHoursValues {
  const values = Object.fromEntries(WEEKDAY_NUMBERS.map((day) => [day, { opens: "", closes: "" }])) as WeekHoursValues
  for (const slot of slots ?? []) values[slot.day] = { opens: slot.opens, closes: slot.closes }
  return values
}

/**
 * Reads `<prefix>opens_<day>` and `<prefix>closes_<day>`: the slots of the days filled in, and
 * the days whose times are not times or end before they start (by field `<prefix>opens_<day>`).
 */
export function readWeekHours(form: FormData, prefix = "") {
  const text = (name: string) => postedText(form, name)
  const values = Object.fromEntries(
    WEEKDAY_NUMBERS.map((day) => [day, { opens: text(`${prefix}opens_${day}`), closes: text(`${prefix}closes_${day}`) }])
  ) as WeekHoursValues
  const slots: DaySlot[] = []
  const invalidDays: string[] = []
  for (const day of WEEKDAY_NUMBERS) {
    const { opens, closes } = values[day]
    if (!opens && !closes) continue
    if (!TIME.test(opens) || !TIME.test(closes) || opens >= closes) invalidDays.push(`${prefix}opens_${day}`)
    else slots.push({ day, opens, closes })
  }
  return { values, slots, invalidDays }
}
