import { describe, expect, it } from "vitest"
import { berlinToInstant } from "../local-time"
import { lastOccurrenceEnd, occurrences, readRecurrence, weeklyHours, type EventTiming } from "../recurrence"

const saturdayMarket: EventTiming = {
  starts_local: "2027-03-06T08:00",
  ends_local: "2027-03-06T13:00",
  all_day: false,
  rrule: "FREQ=WEEKLY;BYDAY=SA",
  exdates: [],
}

const berlin = (local: string) => berlinToInstant(local)
const isoStarts = (found: { starts_at: Date }[]) => found.map((each) => each.starts_at.toISOString())

describe("Reading a recurrence rule", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=SA", "FREQ=WEEKLY;BYDAY=SA"],
    ["freq=weekly;byday=sa", "FREQ=WEEKLY;BYDAY=SA"],
    ["  RRULE:FREQ=WEEKLY;BYDAY=SA\n", "FREQ=WEEKLY;BYDAY=SA"],
    ["FREQ=WEEKLY;BYDAY=SA;", "FREQ=WEEKLY;BYDAY=SA"],
    ["BYDAY=SA;FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=SA"],
    ["FREQ=WEEKLY; BYDAY = SA, SU", "FREQ=WEEKLY;BYDAY=SA,SU"],
    ["FREQ=WEEKLY;BYDAY=SA;UNTIL=20271231T230000Z", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271231T230000Z"],
    ["FREQ=WEEKLY;BYDAY=SA;UNTIL=20271231", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271231"],
    ["FREQ=WEEKLY;BYDAY=SA;COUNT=30", "FREQ=WEEKLY;BYDAY=SA;COUNT=30"],
    ["FREQ=WEEKLY;INTERVAL=02;BYDAY=WE,SA", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SA"],
    ["FREQ=MONTHLY;BYDAY=+1SA", "FREQ=MONTHLY;BYDAY=1SA"],
    ["FREQ=MONTHLY;BYDAY=-1FR;COUNT=1000", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=1000"],
    ["FREQ=YEARLY;BYMONTH=9;BYDAY=SA;BYSETPOS=1", "FREQ=YEARLY;BYMONTH=9;BYDAY=SA;BYSETPOS=1"],
    ["FREQ=DAILY;INTERVAL=52", "FREQ=DAILY;INTERVAL=52"],
  ])("accepts %j as %j", (typed, normalised) => {
    expect(readRecurrence(typed)).toEqual({ ok: true, rule: normalised })
  })

  it.each([
    ["BYDAY=SA", /needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY/],
    ["FREQ=HOURLY", /needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY/],
    ["FREQ=FORTNIGHTLY", /needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY/],
    ["FREQ=WEEKLY;BYDAY=SA;BYHOUR=8", /must not contain BYHOUR, BYMINUTE or BYSECOND/],
    ["FREQ=DAILY;BYMINUTE=30", /must not contain BYHOUR, BYMINUTE or BYSECOND/],
    ["garbage", /"GARBAGE" in the recurrence rule is not of the form NAME=VALUE/],
    ["FREQ=WEEKLY;;BYDAY=SA", /not of the form NAME=VALUE/],
    ["FREQ=WEEKLY\u0000;BYDAY=SA", /control character/],
    ["FREQ=WEEKLY;\u001bBYDAY=SA", /control character/],
    [`FREQ=WEEKLY;BYDAY=${"SA,".repeat(70)}SA`, /longer than 200 characters/],
    ["", /is empty/],
    ["   ", /is empty/],
    ["FREQ=WEEKLY;BYDAY=SÄ", /may only contain letters, digits/],
    ["DTSTART:20270306T080000\nRRULE:FREQ=WEEKLY", /control character/],
    ["FREQ=WEEKLY;DTSTART=20270306T080000", /must not contain DTSTART or TZID/],
    ["FREQ=WEEKLY;TZID=Europe/Berlin", /may only contain/],
    ["FREQ=WEEKLY;TZID=BERLIN", /must not contain DTSTART or TZID/],
    ["FREQ=WEEKLY;X-NAME=MARKT", /part X-NAME is not supported/],
    ["FREQ=WEEKLY;BYEASTER=0", /part BYEASTER is not supported/],
    ["FREQ=WEEKLY;FREQ=DAILY", /names FREQ more than once/],
    ["FREQ=WEEKLY;BYDAY=", /BYDAY in the recurrence rule has no value/],
    ["FREQ=WEEKLY;COUNT=0", /COUNT .* from 1 to 1000/],
    ["FREQ=WEEKLY;COUNT=1001", /COUNT .* from 1 to 1000/],
    ["FREQ=WEEKLY;COUNT=-3", /COUNT .* from 1 to 1000/],
    ["FREQ=WEEKLY;INTERVAL=0", /INTERVAL .* from 1 to 52/],
    ["FREQ=WEEKLY;INTERVAL=53", /INTERVAL .* from 1 to 52/],
    ["FREQ=WEEKLY;UNTIL=2027-12-31", /UNTIL .* YYYYMMDD or YYYYMMDDTHHMMSSZ/],
    ["FREQ=WEEKLY;UNTIL=20270230", /UNTIL .* real date/],
    ["FREQ=WEEKLY;UNTIL=20271231T230000", /UNTIL .* YYYYMMDDTHHMMSSZ \(UTC\)/],
    ["FREQ=WEEKLY;UNTIL=20271231T250000Z", /UNTIL .* real date/],
    ["FREQ=WEEKLY;UNTIL=21500101", /UNTIL .* between 2000 and 2100/],
    ["FREQ=WEEKLY;COUNT=5;UNTIL=20271231", /COUNT or with UNTIL, not both/],
    ["FREQ=WEEKLY;BYDAY=SAT", /BYDAY .* must list weekdays/],
    ["FREQ=WEEKLY;BYDAY=1SA", /numbered weekday .* only works with FREQ=MONTHLY or YEARLY/],
    ["FREQ=MONTHLY;BYDAY=0SA", /BYDAY .* must list weekdays/],
    ["FREQ=WEEKLY;BYMONTHDAY=1", /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
    ["FREQ=MONTHLY;BYMONTHDAY=32", /BYMONTHDAY .* whole numbers from 1 to 31 or -1 to -31/],
    ["FREQ=YEARLY;BYMONTH=13", /BYMONTH .* whole numbers from 1 to 12/],
    ["FREQ=MONTHLY;BYYEARDAY=100", /BYYEARDAY only works with FREQ=YEARLY/],
    ["FREQ=MONTHLY;BYWEEKNO=10", /BYWEEKNO only works with FREQ=YEARLY/],
    ["FREQ=MONTHLY;BYSETPOS=1", /BYSETPOS .* needs another BY part/],
    ["FREQ=WEEKLY;WKST=XX", /WKST .* must be a weekday/],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", /never produces a date/],
    ["FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", /never produces a date/],
    ["FREQ=WEEKLY;BYDAY=SA;BYSETPOS=2", /never produces a date/],
    ["FREQ=DAILY;INTERVAL=7;BYDAY=SA", /With FREQ=DAILY, INTERVAL cannot be combined with BYDAY/],
    ["FREQ=DAILY;BYDAY=SA,SU;BYSETPOS=1", /BYSETPOS does not work with FREQ=DAILY/],
    ["FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31", /use FREQ=YEARLY instead of FREQ=MONTHLY/],
    ["FREQ=MONTHLY;INTERVAL=2;BYMONTH=5;BYDAY=1SA", /BYMONTH cannot be combined with INTERVAL/],
  ])("refuses %j with a message", (typed, message) => {
    const reading = readRecurrence(typed)
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.message).toMatch(message)
    // A sentence for a 400 answer: capitalised, single line, no trailing punctuation clutter.
    expect(reading.message).toMatch(/^["A-Z]/)
    expect(reading.message).not.toMatch(/[\r\n]/)
  })
})

describe("Rules that never match", () => {
  // rrule looks for a next date up to the year 9999 when there is none; these must be refused,
  // and refusing them must not itself take that long.
  it.each([
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=-31;BYDAY=MO",
    "FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=3,4",
  ])("refuses %j quickly", (rule) => {
    const started = performance.now()
    const reading = readRecurrence(rule)
    expect(reading.ok).toBe(false)
    expect(performance.now() - started).toBeLessThan(1500)
  })

  it("accepts rules whose dates are rare but real", () => {
    expect(readRecurrence("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=SA").ok).toBe(true)
    expect(readRecurrence("FREQ=MONTHLY;BYDAY=5SA").ok).toBe(true)
    expect(readRecurrence("FREQ=YEARLY;BYMONTH=2;BYDAY=5SA").ok).toBe(true)
  })
})

describe("Occurrences of the Saturday market", () => {
  const march = berlin("2027-03-01T00:00")
  const endOfApril = berlin("2027-05-01T00:00")

  it("keeps 08:00-13:00 Berlin on both sides of the spring change (2027-03-28)", () => {
    const found = occurrences(saturdayMarket, march, endOfApril)
    expect(found.map((each) => each.starts_local)).toEqual([
      "2027-03-06T08:00",
      "2027-03-13T08:00",
      "2027-03-20T08:00",
      "2027-03-27T08:00",
      "2027-04-03T08:00",
      "2027-04-10T08:00",
      "2027-04-17T08:00",
      "2027-04-24T08:00",
    ])
    expect(found.every((each) => each.ends_local.endsWith("T13:00"))).toBe(true)
    // Winter: 07:00Z; summer: 06:00Z.
    expect(isoStarts(found)).toEqual([
      "2027-03-06T07:00:00.000Z",
      "2027-03-13T07:00:00.000Z",
      "2027-03-20T07:00:00.000Z",
      "2027-03-27T07:00:00.000Z",
      "2027-04-03T06:00:00.000Z",
      "2027-04-10T06:00:00.000Z",
      "2027-04-17T06:00:00.000Z",
      "2027-04-24T06:00:00.000Z",
    ])
    expect(found[3].ends_at.toISOString()).toBe("2027-03-27T12:00:00.000Z")
    expect(found[4].ends_at.toISOString()).toBe("2027-04-03T11:00:00.000Z")
  })

  it("keeps 08:00 Berlin across the autumn change too", () => {
    const found = occurrences(saturdayMarket, berlin("2027-10-23T00:00"), berlin("2027-11-07T00:00"))
    expect(isoStarts(found)).toEqual([
      "2027-10-23T06:00:00.000Z",
      "2027-10-30T06:00:00.000Z",
      "2027-11-06T07:00:00.000Z",
    ])
  })

  it("skips the days listed in exdates, and only those", () => {
    const found = occurrences({ ...saturdayMarket, exdates: ["2027-03-27", "2027-04-01"] }, march, endOfApril)
    expect(found.map((each) => each.starts_local.slice(0, 10))).toEqual([
      "2027-03-06",
      "2027-03-13",
      "2027-03-20",
      "2027-04-03",
      "2027-04-10",
      "2027-04-17",
      "2027-04-24",
    ])
  })

  it("can skip the first occurrence", () => {
    const found = occurrences({ ...saturdayMarket, exdates: ["2027-03-06"] }, march, endOfApril)
    expect(found[0].starts_local).toBe("2027-03-13T08:00")
  })

  it("includes an occurrence that started before the window and is still running", () => {
    const found = occurrences(saturdayMarket, berlin("2027-03-13T12:00"), berlin("2027-03-21T00:00"))
    expect(found.map((each) => each.starts_local)).toEqual(["2027-03-13T08:00", "2027-03-20T08:00"])
    // Half-open: ending exactly at `from` is out, starting exactly at `to` is out.
    expect(occurrences(saturdayMarket, berlin("2027-03-13T13:00"), berlin("2027-03-20T08:00"))).toEqual([])
  })

  it("finds nothing before the first market", () => {
    expect(occurrences(saturdayMarket, berlin("2027-01-01T00:00"), berlin("2027-03-06T08:00"))).toEqual([])
  })

  it("stops after `limit` occurrences, the earliest first", () => {
    const found = occurrences(saturdayMarket, march, berlin("2030-01-01T00:00"), 5)
    expect(found).toHaveLength(5)
    expect(found[4].starts_local).toBe("2027-04-03T08:00")
    const daily = { ...saturdayMarket, rrule: "FREQ=DAILY" }
    expect(occurrences(daily, march, berlin("2030-01-01T00:00"))).toHaveLength(500)
    expect(occurrences(daily, march, berlin("2030-01-01T00:00"), 0)).toEqual([])
  })

  it("ends with COUNT", () => {
    const found = occurrences({ ...saturdayMarket, rrule: "FREQ=WEEKLY;BYDAY=SA;COUNT=3" }, march, berlin("2030-01-01T00:00"))
    expect(found.map((each) => each.starts_local)).toEqual([
      "2027-03-06T08:00",
      "2027-03-13T08:00",
      "2027-03-20T08:00",
    ])
  })

  it("compares a UTC UNTIL with the real start instant", () => {
    const window = [march, endOfApril] as const
    // 2027-03-27 08:00 Berlin is 07:00Z: UNTIL is inclusive.
    const upTo = (until: string) =>
      occurrences({ ...saturdayMarket, rrule: `FREQ=WEEKLY;BYDAY=SA;UNTIL=${until}` }, ...window).map(
        (each) => each.starts_local.slice(0, 10),
      )
    expect(upTo("20270327T070000Z").at(-1)).toBe("2027-03-27")
    expect(upTo("20270327T065959Z").at(-1)).toBe("2027-03-20")
    // A bare day includes that whole Berlin day.
    expect(upTo("20270327").at(-1)).toBe("2027-03-27")
    expect(upTo("20270326").at(-1)).toBe("2027-03-20")
  })

  it("does not count a start that misses the rule as an occurrence", () => {
    const fridayStart = { ...saturdayMarket, starts_local: "2027-03-05T08:00", ends_local: "2027-03-05T13:00" }
    expect(
      occurrences(fridayStart, march, berlin("2027-03-21T00:00")).map((each) => each.starts_local),
    ).toEqual(["2027-03-06T08:00", "2027-03-13T08:00", "2027-03-20T08:00"])
    expect(lastOccurrenceEnd({ ...fridayStart, rrule: "FREQ=WEEKLY;BYDAY=SA;COUNT=2" })).toEqual(
      new Date("2027-03-13T12:00:00Z"),
    )
  })

  it("expands a series that began years before the window, in phase", () => {
    const sinceTwentyFifteen = { ...saturdayMarket, starts_local: "2015-01-03T08:00", ends_local: "2015-01-03T13:00" }
    expect(isoStarts(occurrences(sinceTwentyFifteen, berlin("2027-03-20T00:00"), berlin("2027-04-04T00:00")))).toEqual([
      "2027-03-20T07:00:00.000Z",
      "2027-03-27T07:00:00.000Z",
      "2027-04-03T06:00:00.000Z",
    ])
    // 2015-01-03 + 2 weeks × n: 2027-03-13 is 636 weeks on, so the fortnight falls on the 13th and 27th.
    const fortnightly = { ...sinceTwentyFifteen, rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA" }
    expect(
      occurrences(fortnightly, berlin("2027-03-06T14:00"), berlin("2027-04-04T00:00")).map((each) => each.starts_local),
    ).toEqual(["2027-03-13T08:00", "2027-03-27T08:00"])
    // Every third day from 2015-01-03 lands on 2027-03-22 (4461 days = 3 × 1487).
    const everyThirdDay = { ...sinceTwentyFifteen, rrule: "FREQ=DAILY;INTERVAL=3" }
    expect(
      occurrences(everyThirdDay, berlin("2027-03-21T00:00"), berlin("2027-03-29T00:00")).map((each) => each.starts_local),
    ).toEqual(["2027-03-22T08:00", "2027-03-25T08:00", "2027-03-28T08:00"])
    // COUNT counts from the first market: 600 weeks from 2015-01-03 end on 2026-06-27.
    const sixHundred = { ...sinceTwentyFifteen, rrule: "FREQ=WEEKLY;BYDAY=SA;COUNT=600" }
    expect(
      occurrences(sixHundred, berlin("2026-06-01T00:00"), berlin("2026-08-01T00:00")).map((each) => each.starts_local),
    ).toEqual(["2026-06-06T08:00", "2026-06-13T08:00", "2026-06-20T08:00", "2026-06-27T08:00"])
  })

  it("expands every other week and several weekdays", () => {
    const twiceAWeek = { ...saturdayMarket, starts_local: "2027-03-03T15:00", ends_local: "2027-03-03T18:00", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SA" }
    const found = occurrences(twiceAWeek, march, berlin("2027-04-01T00:00"))
    expect(found.map((each) => each.starts_local.slice(0, 10))).toEqual([
      "2027-03-03",
      "2027-03-06",
      "2027-03-17",
      "2027-03-20",
      "2027-03-31",
    ])
  })
})

describe("Single and all-day events", () => {
  it("gives a single event as its one occurrence when it overlaps", () => {
    const festival: EventTiming = {
      starts_local: "2027-07-02T18:00",
      ends_local: "2027-07-04T23:00",
      all_day: false,
      rrule: null,
      exdates: [],
    }
    const found = occurrences(festival, berlin("2027-07-03T00:00"), berlin("2027-07-04T00:00"))
    expect(found).toEqual([
      {
        starts_local: "2027-07-02T18:00",
        ends_local: "2027-07-04T23:00",
        starts_at: new Date("2027-07-02T16:00:00Z"),
        ends_at: new Date("2027-07-04T21:00:00Z"),
      },
    ])
    expect(occurrences(festival, berlin("2027-07-04T23:00"), berlin("2027-08-01T00:00"))).toEqual([])
    expect(lastOccurrenceEnd(festival)).toEqual(new Date("2027-07-04T21:00:00Z"))
  })

  it("places a multi-day all-day event between Berlin midnights", () => {
    const harvestFestival: EventTiming = {
      starts_local: "2027-09-17",
      ends_local: "2027-09-19",
      all_day: true,
      rrule: null,
      exdates: [],
    }
    const found = occurrences(harvestFestival, berlin("2027-09-19T20:00"), berlin("2027-09-30T00:00"))
    expect(found).toEqual([
      {
        starts_local: "2027-09-17",
        ends_local: "2027-09-19",
        starts_at: new Date("2027-09-16T22:00:00Z"),
        ends_at: new Date("2027-09-19T22:00:00Z"),
      },
    ])
  })

  it("repeats an all-day weekend yearly, its days running midnight to midnight across DST", () => {
    const springFair: EventTiming = {
      starts_local: "2027-03-27",
      ends_local: "2027-03-28",
      all_day: true,
      rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SA",
      exdates: ["2028-03-25"],
    }
    const found = occurrences(springFair, berlin("2027-01-01T00:00"), berlin("2030-01-01T00:00"))
    expect(found.map((each) => [each.starts_local, each.ends_local])).toEqual([
      ["2027-03-27", "2027-03-28"],
      ["2029-03-31", "2029-04-01"],
    ])
    // 47 hours: the night into Sunday is one hour short.
    expect(found[0].starts_at.toISOString()).toBe("2027-03-26T23:00:00.000Z")
    expect(found[0].ends_at.toISOString()).toBe("2027-03-28T22:00:00.000Z")
  })

  it("refuses a timing that does not match its kind", () => {
    const window = [berlin("2027-01-01T00:00"), berlin("2028-01-01T00:00")] as const
    expect(() => occurrences({ ...saturdayMarket, starts_local: "2027-03-06" }, ...window)).toThrow(RangeError)
    expect(() => occurrences({ ...saturdayMarket, all_day: true }, ...window)).toThrow(RangeError)
    expect(() => occurrences({ ...saturdayMarket, rrule: "FREQ=HOURLY" }, ...window)).toThrow(/FREQ=DAILY/)
    expect(() => occurrences({ ...saturdayMarket, exdates: ["27.03.2027"] }, ...window)).toThrow(RangeError)
  })
})

describe("The end of a series", () => {
  it("is unknown (null) for an endless rule", () => {
    expect(lastOccurrenceEnd(saturdayMarket)).toBeNull()
  })

  it("is the last occurrence's end with COUNT, skipping an excluded last date", () => {
    const threeMarkets = { ...saturdayMarket, rrule: "FREQ=WEEKLY;BYDAY=SA;COUNT=3" }
    expect(lastOccurrenceEnd(threeMarkets)).toEqual(new Date("2027-03-20T12:00:00Z"))
    expect(lastOccurrenceEnd({ ...threeMarkets, exdates: ["2027-03-20"] })).toEqual(
      new Date("2027-03-13T12:00:00Z"),
    )
  })

  it("is the last occurrence's end with UNTIL, in summer time", () => {
    const season = { ...saturdayMarket, rrule: "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271030" }
    expect(lastOccurrenceEnd(season)).toEqual(new Date("2027-10-30T11:00:00Z"))
  })
})

describe("Expansion speed", () => {
  it("expands 1,000 weekly events over a year quickly", () => {
    const events: EventTiming[] = Array.from({ length: 1000 }, (_, index) => {
      const day = String(1 + (index % 28)).padStart(2, "0")
      const hour = String(6 + (index % 12)).padStart(2, "0")
      return {
        starts_local: `2026-0${1 + (index % 9)}-${day}T${hour}:00`,
        ends_local: `2026-0${1 + (index % 9)}-${day}T${hour}:45`,
        all_day: false,
        rrule: ["FREQ=WEEKLY;BYDAY=SA", "FREQ=WEEKLY;BYDAY=TU,FR", "FREQ=MONTHLY;BYDAY=1SA"][index % 3],
        exdates: ["2027-05-01"],
      }
    })
    const started = performance.now()
    let total = 0
    for (const timing of events) {
      total += occurrences(timing, berlin("2027-01-01T00:00"), berlin("2028-01-01T00:00")).length
    }
    const elapsed = performance.now() - started
    expect(total).toBeGreaterThan(40_000)
    // Generous for a busy machine; expanding from far back or per-occurrence Intl calls blow it.
    expect(elapsed).toBeLessThan(3000)
  })
})

describe("Weekly hours of a recurring event", () => {
  const saturday = { starts_local: "2026-12-05T08:00", ends_local: "2026-12-05T12:30", all_day: false, exdates: [] }

  it("are the rule's weekdays at the first occurrence's times", () => {
    expect(weeklyHours({ ...saturday, rrule: "FREQ=WEEKLY;BYDAY=SA" })).toEqual([{ day: 6, opens: "08:00", closes: "12:30" }])
    expect(weeklyHours({ ...saturday, rrule: "RRULE:freq=weekly;byday=WE,SA;UNTIL=20271231" })).toEqual([
      { day: 3, opens: "08:00", closes: "12:30" },
      { day: 6, opens: "08:00", closes: "12:30" },
    ])
  })

  it("fall back on the first occurrence's weekday without BYDAY", () => {
    expect(weeklyHours({ ...saturday, rrule: "FREQ=WEEKLY;COUNT=10" })).toEqual([{ day: 6, opens: "08:00", closes: "12:30" }])
    expect(weeklyHours({ ...saturday, starts_local: "2026-12-07T16:00", ends_local: "2026-12-07T19:00", rrule: "FREQ=WEEKLY" })).toEqual([
      { day: 1, opens: "16:00", closes: "19:00" },
    ])
  })

  it("are none for what is not the same hours every week", () => {
    expect(weeklyHours({ ...saturday, rrule: null })).toBeNull()
    expect(weeklyHours({ ...saturday, rrule: "FREQ=WEEKLY;INTERVAL=2" })).toBeNull()
    expect(weeklyHours({ ...saturday, rrule: "FREQ=MONTHLY;BYDAY=1SA" })).toBeNull()
    expect(weeklyHours({ ...saturday, rrule: "FREQ=WEEKLY;BYMONTH=5,6,7" })).toBeNull()
    expect(weeklyHours({ ...saturday, rrule: "FREQ=DAILY" })).toBeNull()
    expect(weeklyHours({ ...saturday, all_day: true, starts_local: "2026-12-05", ends_local: "2026-12-05", rrule: "FREQ=WEEKLY" })).toBeNull()
    expect(weeklyHours({ ...saturday, ends_local: "2026-12-06T01:00", rrule: "FREQ=WEEKLY" })).toBeNull()
  })
})
