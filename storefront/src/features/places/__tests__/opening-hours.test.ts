import { describe, expect, it } from "vitest"
import { berlinClock, formatDays, formatRule, inSeason, isOpenAt, seasonDates, type OpeningRule } from "../opening-hours"

const WEEKDAYS = [1, 2, 3, 4, 5]
/** A Bierkeller: weekdays in the evening, weekends from midday, 1 May to 30 September. */
const KELLER: OpeningRule[] = [
  { days: WEEKDAYS, opens: "16:00", closes: "23:00", from: "05-01", until: "09-30" },
  { days: [6, 7], opens: "11:00", closes: "23:00", from: "05-01", until: "09-30" },
]
/** A Christmas-market stall: every day in the evening from 15 November to 6 January. */
const WINTER: OpeningRule[] = [{ days: [1, 2, 3, 4, 5, 6, 7], opens: "17:00", closes: "24:00", from: "11-15", until: "01-06" }]

describe("Berlin's wall clock", () => {
  it("reads the day, weekday and time in Berlin, whatever the server's zone", () => {
    // 23:30 UTC on Saturday 27 March 2027 is Sunday 00:30 in Berlin (winter time, UTC+1).
    expect(berlinClock(new Date("2027-03-27T23:30:00Z"))).toEqual({ day: "2027-03-28", monthDay: "03-28", weekday: 7, time: "00:30" })
    // Summer time (UTC+2): 22:15 UTC on Wednesday 30 June is 00:15 on Thursday 1 July.
    expect(berlinClock(new Date("2027-06-30T22:15:00Z"))).toEqual({ day: "2027-07-01", monthDay: "07-01", weekday: 4, time: "00:15" })
    expect(berlinClock(new Date("2027-05-03T10:00:00Z")).weekday).toBe(1)
  })
})

describe("whether a place is open", () => {
  it("follows the days and times of its rules", () => {
    // Wednesday 2 June 2027, summer time: 16:30 Berlin is 14:30 UTC.
    expect(isOpenAt(KELLER, new Date("2027-06-02T14:30:00Z"))).toBe(true)
    expect(isOpenAt(KELLER, new Date("2027-06-02T13:59:00Z"))).toBe(false)
    // Opens on the minute, closes on the minute.
    expect(isOpenAt(KELLER, new Date("2027-06-02T14:00:00Z"))).toBe(true)
    expect(isOpenAt(KELLER, new Date("2027-06-02T20:59:00Z"))).toBe(true)
    expect(isOpenAt(KELLER, new Date("2027-06-02T21:00:00Z"))).toBe(false)
    // Saturday 5 June at 11:30 Berlin: the weekend rule.
    expect(isOpenAt(KELLER, new Date("2027-06-05T09:30:00Z"))).toBe(true)
    expect(isOpenAt([], new Date("2027-06-05T09:30:00Z"))).toBe(false)
  })

  it("opens only in its season, both ends included", () => {
    // 1 May and 30 September 2027 at 18:00 Berlin (16:00 UTC): in; 30 April and 1 October: out.
    expect(isOpenAt(KELLER, new Date("2027-05-01T16:00:00Z"))).toBe(true)
    expect(isOpenAt(KELLER, new Date("2027-09-30T16:00:00Z"))).toBe(true)
    expect(isOpenAt(KELLER, new Date("2027-04-30T16:00:00Z"))).toBe(false)
    expect(isOpenAt(KELLER, new Date("2027-10-01T16:00:00Z"))).toBe(false)
    // A December Wednesday evening: out of season.
    expect(isOpenAt(KELLER, new Date("2027-12-01T17:00:00Z"))).toBe(false)
  })

  it("keeps a season over the year's end together", () => {
    expect(inSeason("12-31", "11-15", "01-06")).toBe(true)
    expect(inSeason("01-01", "11-15", "01-06")).toBe(true)
    expect(inSeason("01-06", "11-15", "01-06")).toBe(true)
    expect(inSeason("11-15", "11-15", "01-06")).toBe(true)
    expect(inSeason("01-07", "11-15", "01-06")).toBe(false)
    expect(inSeason("11-14", "11-15", "01-06")).toBe(false)
    expect(inSeason("07-01", "11-15", "01-06")).toBe(false)
    expect(inSeason("07-01", null, null)).toBe(true)
    // New Year's Eve 2027 at 20:00 Berlin (19:00 UTC), 2 January 2028 at 18:00: open; 8 January: closed.
    expect(isOpenAt(WINTER, new Date("2027-12-31T19:00:00Z"))).toBe(true)
    expect(isOpenAt(WINTER, new Date("2028-01-02T17:00:00Z"))).toBe(true)
    expect(isOpenAt(WINTER, new Date("2028-01-08T17:00:00Z"))).toBe(false)
  })

  it("takes 24:00 as open until midnight, and the day after as the next day", () => {
    // 23:59 Berlin on Friday 3 December 2027 (22:59 UTC): open; midnight is Saturday 00:00, before 17:00.
    expect(isOpenAt(WINTER, new Date("2027-12-03T22:59:00Z"))).toBe(true)
    expect(isOpenAt(WINTER, new Date("2027-12-03T23:00:00Z"))).toBe(false)
  })

  it("counts summer time as Berlin does: the same UTC instant is an hour later in summer", () => {
    const evening: OpeningRule[] = [{ days: [7], opens: "16:00", closes: "22:00" }]
    // Sunday 28 March 2027, the day clocks go forward at 02:00: 14:30 UTC is 16:30 CEST (open), a day earlier 15:30 CET.
    expect(isOpenAt(evening, new Date("2027-03-28T14:30:00Z"))).toBe(true)
    expect(isOpenAt(evening, new Date("2027-03-28T13:30:00Z"))).toBe(false)
    // 20:30 UTC is 22:30 CEST: closed; in winter (Sunday 21 March) 20:30 UTC is 21:30 CET: open.
    expect(isOpenAt(evening, new Date("2027-03-28T20:30:00Z"))).toBe(false)
    expect(isOpenAt(evening, new Date("2027-03-21T20:30:00Z"))).toBe(true)
    // Sunday 31 October 2027, clocks go back at 03:00: 15:30 UTC is 16:30 CET (open), 14:30 UTC is 15:30 (not yet).
    expect(isOpenAt(evening, new Date("2027-10-31T15:30:00Z"))).toBe(true)
    expect(isOpenAt(evening, new Date("2027-10-31T14:30:00Z"))).toBe(false)
    // The hour that does not exist in Berlin: 01:30 UTC on 28 March is 03:30 CEST.
    expect(isOpenAt([{ days: [7], opens: "03:00", closes: "04:00" }], new Date("2027-03-28T01:30:00Z"))).toBe(true)
  })
})

describe("opening hours in words", () => {
  it("writes days as spans, pairs and single days, and all seven as daily", () => {
    expect(formatDays("de", [3, 4, 5, 6, 7])).toBe("Mi–So")
    expect(formatDays("en", [3, 4, 5, 6, 7])).toBe("Wed–Sun")
    expect(formatDays("de", [6, 7])).toBe("Sa, So")
    expect(formatDays("de", [1, 3, 5])).toBe("Mo, Mi, Fr")
    expect(formatDays("de", [5, 1, 2, 3])).toBe("Mo–Mi, Fr")
    expect(formatDays("de", [1, 2, 5, 6, 7])).toBe("Fr–Di")
    expect(formatDays("de", [1, 2, 3, 4, 5, 6, 7])).toBe("täglich")
    expect(formatDays("en", [7, 6, 5, 4, 3, 2, 1])).toBe("daily")
  })

  it("writes a rule with its times and its season", () => {
    expect(formatRule("de", { days: [3, 4, 5, 6, 7], opens: "16:00", closes: "22:00", from: "05-01", until: "09-30" })).toBe("Mi–So 16:00–22:00, 1. Mai – 30. Sept.")
    expect(formatRule("en", { days: [3, 4, 5, 6, 7], opens: "16:00", closes: "22:00", from: "05-01", until: "09-30" })).toBe("Wed–Sun 16:00–22:00, 1 May – 30 Sept")
    expect(formatRule("de", { days: [1, 2, 3, 4, 5], opens: "08:00", closes: "18:30", from: null, until: null })).toBe("Mo–Fr 08:00–18:30")
    expect(formatRule("de", WINTER[0])).toBe("täglich 17:00–24:00, 15. Nov. – 6. Jan.")
    expect(formatRule("de", { days: [6], opens: "09:00", closes: "12:00", from: "02-29", until: "03-31" })).toBe("Sa 09:00–12:00, 29. Feb. – 31. März")
  })
})

describe("a season's dates for schema.org", () => {
  it("names this year's season until it is over, then next year's", () => {
    expect(seasonDates(KELLER[0], "2027-03-10")).toEqual({ validFrom: "2027-05-01", validThrough: "2027-09-30" })
    expect(seasonDates(KELLER[0], "2027-07-10")).toEqual({ validFrom: "2027-05-01", validThrough: "2027-09-30" })
    expect(seasonDates(KELLER[0], "2027-09-30")).toEqual({ validFrom: "2027-05-01", validThrough: "2027-09-30" })
    expect(seasonDates(KELLER[0], "2027-10-01")).toEqual({ validFrom: "2028-05-01", validThrough: "2028-09-30" })
  })

  it("spans the year's end for a winter season", () => {
    expect(seasonDates(WINTER[0], "2027-12-20")).toEqual({ validFrom: "2027-11-15", validThrough: "2028-01-06" })
    expect(seasonDates(WINTER[0], "2028-01-03")).toEqual({ validFrom: "2027-11-15", validThrough: "2028-01-06" })
    expect(seasonDates(WINTER[0], "2028-01-07")).toEqual({ validFrom: "2028-11-15", validThrough: "2029-01-06" })
    expect(seasonDates(WINTER[0], "2027-08-01")).toEqual({ validFrom: "2027-11-15", validThrough: "2028-01-06" })
  })

  it("has none for a rule of the whole year, and no 29 February in a common year", () => {
    expect(seasonDates({ days: [1], opens: "08:00", closes: "12:00", from: null, until: null }, "2027-03-10")).toBeNull()
    expect(seasonDates({ days: [1], opens: "08:00", closes: "12:00", from: "02-01", until: "02-29" }, "2027-01-10")).toEqual({ validFrom: "2027-02-01", validThrough: "2027-02-28" })
    expect(seasonDates({ days: [1], opens: "08:00", closes: "12:00", from: "02-01", until: "02-29" }, "2028-01-10")).toEqual({ validFrom: "2028-02-01", validThrough: "2028-02-29" })
  })
})
