import { describe, expect, it } from "vitest"
import {
  berlinDayOf,
  berlinToInstant,
  instantToBerlin,
  isLocalDate,
  isLocalDateTime,
} from "../local-time"

describe("Berlin wall time to instant", () => {
  it("uses +01:00 in winter and +02:00 in summer", () => {
    expect(berlinToInstant("2027-01-16T08:00").toISOString()).toBe("2027-01-16T07:00:00.000Z")
    expect(berlinToInstant("2027-07-17T08:00").toISOString()).toBe("2027-07-17T06:00:00.000Z")
    expect(berlinToInstant("2027-12-31T23:30").toISOString()).toBe("2027-12-31T22:30:00.000Z")
  })

  it("switches exactly at the transitions", () => {
    // Spring: 02:00 CET becomes 03:00 CEST at 01:00Z.
    expect(berlinToInstant("2027-03-28T01:59").toISOString()).toBe("2027-03-28T00:59:00.000Z")
    expect(berlinToInstant("2027-03-28T03:00").toISOString()).toBe("2027-03-28T01:00:00.000Z")
    // Autumn: 03:00 CEST becomes 02:00 CET at 01:00Z.
    expect(berlinToInstant("2027-10-31T01:59").toISOString()).toBe("2027-10-30T23:59:00.000Z")
    expect(berlinToInstant("2027-10-31T03:00").toISOString()).toBe("2027-10-31T02:00:00.000Z")
  })

  it("reads a time in the spring-forward gap as if the clock had moved on", () => {
    // 02:30 does not exist on 2027-03-28: it is taken as 03:30 CEST.
    const instant = berlinToInstant("2027-03-28T02:30")
    expect(instant.toISOString()).toBe("2027-03-28T01:30:00.000Z")
    expect(instantToBerlin(instant)).toBe("2027-03-28T03:30")
    expect(berlinToInstant("2027-03-28T02:00").toISOString()).toBe("2027-03-28T01:00:00.000Z")
  })

  it("reads a time in the autumn overlap as its first (summer-time) occurrence", () => {
    expect(berlinToInstant("2027-10-31T02:30").toISOString()).toBe("2027-10-31T00:30:00.000Z")
    expect(berlinToInstant("2027-10-31T02:00").toISOString()).toBe("2027-10-31T00:00:00.000Z")
    // Both real instants still show as 02:30 on the wall.
    expect(instantToBerlin(new Date("2027-10-31T00:30:00Z"))).toBe("2027-10-31T02:30")
    expect(instantToBerlin(new Date("2027-10-31T01:30:00Z"))).toBe("2027-10-31T02:30")
  })

  it("round-trips every quarter hour of a year", () => {
    const secondPassStart = Date.parse("2027-10-31T01:00:00Z")
    const secondPassEnd = Date.parse("2027-10-31T02:00:00Z")
    const mismatches: string[] = []
    for (let epochMs = Date.UTC(2027, 0, 1); epochMs < Date.UTC(2028, 0, 1); epochMs += 15 * 60_000) {
      const local = instantToBerlin(new Date(epochMs))
      // The second pass through 02:xx on the autumn night reads back as the first pass.
      const inSecondPass = epochMs >= secondPassStart && epochMs < secondPassEnd
      const expected = inSecondPass ? epochMs - 3_600_000 : epochMs
      const back = berlinToInstant(local).getTime()
      if (!isLocalDateTime(local) || back !== expected) {
        mismatches.push(`${new Date(epochMs).toISOString()} → ${local} → ${new Date(back).toISOString()}`)
      }
    }
    expect(mismatches).toEqual([])
    for (const local of ["2027-03-06T08:00", "2027-06-30T23:59", "2028-02-29T00:00", "2100-12-31T23:59"]) {
      expect(instantToBerlin(berlinToInstant(local))).toBe(local)
    }
  })

  it("names the Berlin day of an instant, which is not the UTC day around midnight", () => {
    expect(berlinDayOf(new Date("2027-06-30T22:30:00Z"))).toBe("2027-07-01")
    expect(berlinDayOf(new Date("2027-12-31T22:59:00Z"))).toBe("2027-12-31")
    expect(berlinDayOf(new Date("2027-12-31T23:00:00Z"))).toBe("2028-01-01")
  })

  it("refuses what is not a real wall time", () => {
    expect(() => berlinToInstant("2027-02-30T08:00")).toThrow(RangeError)
    expect(() => berlinToInstant("2027-03-06 08:00")).toThrow(RangeError)
    expect(() => berlinToInstant("2027-03-06")).toThrow(RangeError)
  })
})

describe("Wall time and day formats", () => {
  it.each([
    ["2027-03-06T08:00", true],
    ["2028-02-29T12:00", true],
    ["2000-01-01T00:00", true],
    ["2100-12-31T23:59", true],
    ["2027-02-29T12:00", false],
    ["2027-02-30T08:00", false],
    ["2027-04-31T08:00", false],
    ["2027-13-01T08:00", false],
    ["2027-00-10T08:00", false],
    ["2027-03-00T08:00", false],
    ["2027-03-06T24:00", false],
    ["2027-03-06T23:60", false],
    ["1999-12-31T23:59", false],
    ["2101-01-01T00:00", false],
    ["2027-03-06T08:00:00", false],
    ["2027-03-06T8:00", false],
    ["2027-03-06", false],
    ["", false],
  ])("isLocalDateTime(%j) is %s", (value, valid) => {
    expect(isLocalDateTime(value)).toBe(valid)
  })

  it.each([
    ["2027-03-06", true],
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["2027-02-30", false],
    ["2027-06-31", false],
    ["1999-12-31", false],
    ["2101-01-01", false],
    ["2027-3-6", false],
    ["2027-03-06T08:00", false],
  ])("isLocalDate(%j) is %s", (value, valid) => {
    expect(isLocalDate(value)).toBe(valid)
  })
})
