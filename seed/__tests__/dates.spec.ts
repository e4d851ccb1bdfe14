import { monthEnd, monthStart, resolveSeedDate } from "../dates"

describe("the seed's relative dates", () => {
  it("counts whole months from the day the seed runs, on the first or last day of the month", () => {
    const today = new Date("2026-12-02T10:00:00Z")
    expect(resolveSeedDate(monthEnd(2), today)).toBe("2027-02-28")
    expect(resolveSeedDate(monthStart(-23), today)).toBe("2025-01-01")
    expect(resolveSeedDate(monthEnd(-24), today)).toBe("2024-12-31")
    expect(resolveSeedDate(monthStart(0), today)).toBe("2026-12-01")
  })

  it("knows leap years and month ends, whatever the day of today", () => {
    expect(resolveSeedDate(monthEnd(0), new Date("2028-02-10T00:00:00Z"))).toBe("2028-02-29")
    expect(resolveSeedDate(monthEnd(1), new Date("2027-01-31T23:59:59Z"))).toBe("2027-02-28")
    expect(resolveSeedDate(monthStart(-1), new Date("2027-03-31T00:00:00Z"))).toBe("2027-02-01")
  })
})
