import { describe, expect, it } from "vitest"
import { mapFrame, REGION } from "../projection"

describe("the drawn maps' projection", () => {
  it("frames an overview on the region, the producers map's way (top-left, 28 units of padding)", () => {
    const { project } = mapFrame([], { width: 520, height: 360, pad: 28, atLeast: REGION })
    // The region's south-west corner sits at the bottom-left padding, its north edge at the top padding.
    expect(project({ latitude: REGION.minLat, longitude: REGION.minLon })).toEqual({ x: 28, y: 332 })
    expect(project({ latitude: REGION.maxLat, longitude: REGION.minLon }).y).toBeCloseTo(28, 6)
    // Narrower than high at this latitude: the east edge stays inside the width.
    expect(project({ latitude: REGION.minLat, longitude: REGION.maxLon }).x).toBeLessThan(520 - 28)
  })

  it("widens to take in a point outside the region", () => {
    const { project } = mapFrame([{ latitude: 48.9, longitude: 12.1 }], { width: 520, height: 360, pad: 28, atLeast: REGION })
    expect(project({ latitude: 48.9, longitude: 12.1 }).y).toBeCloseTo(332, 6)
  })

  it("centres one point, however small its span, without dividing by zero", () => {
    const { project } = mapFrame([{ latitude: 49.9, longitude: 10.9 }], { width: 200, height: 100, pad: 10, center: true, minSpan: 0.01 })
    const at = project({ latitude: 49.9, longitude: 10.9 })
    expect(at.x).toBeCloseTo(100, 6)
    expect(at.y).toBeCloseTo(50, 6)
  })
})
