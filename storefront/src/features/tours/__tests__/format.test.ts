import { describe, expect, it } from "vitest"
import { formatKm, formatMetres, kmForMachines } from "../format"

describe("a tour's figures", () => {
  it("give the length in km with one decimal, a comma in German", () => {
    expect(formatKm("de", 12_345)).toBe("12,3 km")
    expect(formatKm("en", 12_345)).toBe("12.3 km")
    expect(formatKm("de", 8_000)).toBe("8,0 km")
    expect(formatKm("de", 950)).toBe("1,0 km")
    expect(formatKm("de", 49)).toBe("0,0 km")
    expect(formatKm("de", 123_456)).toBe("123,5 km")
    expect(formatKm("de", 1_234_567)).toBe("1.234,6 km")
    expect(formatKm("en", 1_234_567)).toBe("1,234.6 km")
  })

  it("give the ascent in whole metres, and nothing when the track has no elevations", () => {
    expect(formatMetres("de", 240)).toBe("240 m")
    expect(formatMetres("de", 1240.4)).toBe("1.240 m")
    expect(formatMetres("en", 1240.6)).toBe("1,241 m")
    expect(formatMetres("de", 0)).toBe("0 m")
    expect(formatMetres("de", null)).toBeNull()
  })

  it("write the length for machines with a point", () => {
    expect(kmForMachines(12_345)).toBe("12.3 km")
    expect(kmForMachines(8_000)).toBe("8.0 km")
  })
})
