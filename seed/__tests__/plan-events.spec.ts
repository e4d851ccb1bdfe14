import { EventInput } from "@genussnetz/content/workflows"
import { planEvents } from "../plan-events"

describe("the seed's events", () => {
  const today = new Date("2026-12-04T10:00:00Z")
  const events = planEvents(today, new Map())

  it("are at least 25 over the coming twelve months, weekly markets and a cancelled one among them, all valid", () => {
    expect(events.length).toBeGreaterThanOrEqual(25)
    for (const event of events) {
      const parsed = EventInput.safeParse(event)
      expect(parsed.success, `${event.handle}: ${parsed.error?.message}`).toBe(true)
      expect(event.starts >= "2026-12-04", event.handle).toBe(true)
      expect(event.starts < "2027-12-05", event.handle).toBe(true)
    }
    expect(events.filter((event) => event.rrule?.startsWith("FREQ=WEEKLY")).length).toBeGreaterThanOrEqual(3)
    expect(events.filter((event) => event.status === "cancelled")).toHaveLength(1)
    expect(new Set(events.map((event) => event.handle)).size).toBe(events.length)
  })

  it("start each market on its weekday and skip the public holidays it falls on", () => {
    const saturday = events.find((event) => event.handle === "wochenmarkt-bamberg-samstag")!
    expect(saturday.starts).toBe("2026-12-05T07:30")
    expect(saturday.rrule).toBe("FREQ=WEEKLY;BYDAY=SA;UNTIL=20271204T225959Z")
    // Saturdays that are holidays in the coming year: 26 December 2026 and 1 May 2027.
    expect(saturday.exdates).toEqual(["2026-12-26", "2027-05-01"])
    const monthly = events.find((event) => event.handle === "regionalmarkt-hollfeld")!
    expect(monthly.starts).toBe("2026-12-06T10:00")
    expect(monthly.rrule).toBe("FREQ=MONTHLY;BYDAY=1SU;COUNT=12")
  })

  it("move a one-off event whose day this month is over to the next month", () => {
    // Day 19 of this month is still to come; the Advent market stays in December, three days long.
    const advent = events.find((event) => event.handle === "adventsmarkt-hof")!
    expect([advent.starts, advent.ends, advent.all_day]).toEqual(["2026-12-19", "2026-12-21", true])
    const late = planEvents(new Date("2026-12-20T10:00:00Z"), new Map()).find((event) => event.handle === "adventsmarkt-hof")!
    expect(late.starts).toBe("2027-01-19")
  })
})
