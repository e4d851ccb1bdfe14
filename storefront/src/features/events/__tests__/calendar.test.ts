import { describe, expect, it } from "vitest"
import { addMonths, berlinIso, berlinToday, calendarWindow, entriesByDay, firstEntries } from "../calendar"
import type { ShopEvent } from "../data"

const event = (handle: string, title: string, starts: string[]): ShopEvent =>
  ({ handle, title, occurrences: starts.map((s) => ({ starts_local: s, ends_local: s, starts_at: "", ends_at: "" })) }) as unknown as ShopEvent

describe("the calendar", () => {
  it("lists each day once with its entries in order of their start, a weekly market on each of its days", () => {
    const days = entriesByDay([
      event("markt", "Markt", ["2027-05-01T08:00", "2027-05-08T08:00"]),
      event("fest", "Fest", ["2027-05-01"]),
      event("probe", "Bierprobe", ["2027-05-01T19:00"]),
    ])
    expect(days.map((d) => d.day)).toEqual(["2027-05-01", "2027-05-08"])
    expect(days[0].entries.map((e) => e.event.handle)).toEqual(["fest", "markt", "probe"])
  })

  it("shows a month from today while it is the current one, a whole month otherwise, and two months without one", () => {
    expect(calendarWindow("2027-05", "2027-05-14")).toEqual({ from: "2027-05-14", to: "2027-06-01", month: "2027-05" })
    expect(calendarWindow("2027-06", "2027-05-14")).toEqual({ from: "2027-06-01", to: "2027-07-01", month: "2027-06" })
    expect(calendarWindow("2027-12", "2027-05-14")).toEqual({ from: "2027-12-01", to: "2028-01-01", month: "2027-12" })
    expect(calendarWindow(null, "2027-05-14")).toEqual({ from: "2027-05-14", to: "2027-07-01", month: null })
    for (const bad of ["2027-13", "27-05", "2027-5", "<script>", "1999-01"]) expect(calendarWindow(bad, "2027-05-14").month, bad).toBeNull()
  })

  it("counts months across the year and writes Berlin's offset for schema.org", () => {
    expect(addMonths("2027-11", 2)).toBe("2028-01")
    expect(addMonths("2027-01", -1)).toBe("2026-12")
    expect(berlinIso("2027-01-02T08:00", "2027-01-02T07:00:00.000Z")).toBe("2027-01-02T08:00:00+01:00")
    expect(berlinIso("2027-07-03T08:00", "2027-07-03T06:00:00.000Z")).toBe("2027-07-03T08:00:00+02:00")
    expect(berlinToday(new Date("2027-03-27T23:30:00Z"))).toBe("2027-03-28")
  })
})

describe("a calendar's first entries", () => {
  it("keeps days in order and cuts after the given number of entries, leaving no day empty", () => {
    const days = entriesByDay([
      event("markt", "Markt", ["2027-05-01T08:00", "2027-05-08T08:00", "2027-05-15T08:00"]),
      event("probe", "Bierprobe", ["2027-05-01T19:00"]),
    ])
    expect(firstEntries(days, 3).map(({ day, entries }) => [day, entries.map((e) => e.event.handle)])).toEqual([
      ["2027-05-01", ["markt", "probe"]],
      ["2027-05-08", ["markt"]],
    ])
    expect(firstEntries(days, 2)).toHaveLength(1)
    expect(firstEntries(days, 0)).toEqual([])
    expect(firstEntries([], 5)).toEqual([])
  })
})
