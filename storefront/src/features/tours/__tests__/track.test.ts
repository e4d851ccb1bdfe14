import { describe, expect, it } from "vitest"
import { projectTrack, trackFrame, type TrackPoint } from "../track"

/** The coordinates of a path, as [x, y] pairs. */
const coordinates = (path: string) => [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)])

/** A loop east of Bamberg: out along the valley, up the hill, back (about 8 km). */
const LOOP: TrackPoint[] = [
  [10.9, 49.89, 240],
  [10.93, 49.9, 250],
  [10.96, 49.905, 300],
  [10.98, 49.92, 420],
  [10.95, 49.93, 380],
  [10.91, 49.91, 260],
  [10.9, 49.89, 240],
]

describe("a tour's track on the map", () => {
  it("is one path from the first point to the last, inside the viewBox and filling it", () => {
    const path = projectTrack(LOOP, 520, 360)
    expect(path).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+$/)
    const points = coordinates(path)
    expect(points).toHaveLength(LOOP.length)
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(520)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(360)
    }
    // The loop closes: it ends where it began.
    expect(path.endsWith(path.slice(1, path.indexOf("L")))).toBe(true)
    // The track's extent reaches the padding on the tighter side (here: north–south).
    const ys = points.map(([, y]) => y)
    expect(Math.min(...ys)).toBeCloseTo(20, 0)
    expect(Math.max(...ys)).toBeCloseTo(340, 0)
  })

  it("puts north up and east right, and keeps the shape's proportions", () => {
    const [[x0, y0], [x1, y1]] = coordinates(projectTrack([[11, 50, null], [11.01, 50.01, null]], 400, 400))
    expect(x1).toBeGreaterThan(x0)
    expect(y1).toBeLessThan(y0)
    // A degree of longitude at 50° N is cos(50°) ≈ 0.64 of a degree of latitude.
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(Math.cos((50.005 * Math.PI) / 180), 2)
  })

  it("shares its projection with the stops, so a stop on the track is drawn on the line", () => {
    const stops = [{ latitude: 49.92, longitude: 10.98 }, { latitude: 49.95, longitude: 10.99 }]
    const frame = trackFrame(LOOP, stops, 520, 360)
    const path = projectTrack(LOOP, 520, 360, frame)
    const onTrack = frame.project(stops[0])
    expect(path).toContain(`L${Math.round(onTrack.x * 10) / 10} ${Math.round(onTrack.y * 10) / 10}`)
    // A stop off the track still lies inside the map.
    const off = frame.project(stops[1])
    expect(off.y).toBeGreaterThanOrEqual(0)
    expect(off.x).toBeLessThanOrEqual(520)
  })

  it("draws points on the same spot once, skips broken ones, and is empty for no track", () => {
    expect(coordinates(projectTrack([[11, 50, 1], [11, 50, 2], [11.00000001, 50, 3], [11.02, 50.01, null]], 200, 100))).toHaveLength(2)
    expect(coordinates(projectTrack([[11, 50, 1], [Number.NaN, 50, 2], [11.02, 50.01, null]], 200, 100))).toHaveLength(2)
    expect(projectTrack([], 520, 360)).toBe("")
    // One point (a track cannot be shorter, but the map must not divide by zero): in the middle.
    expect(projectTrack([[11, 50, null]], 200, 100)).toBe("M100 50")
  })
})
