import { describe, expect, it } from "vitest"
import { planLongTrack, planTrack, terrainElevation, type TrackMode } from "../plan-tracks"

type Position = { lat: number; lon: number }

/** Great-circle distance, worked out here on its own (spherical law of cosines), in metres. */
function greatCircle(a: Position, b: Position) {
  const rad = Math.PI / 180
  const cosine = Math.sin(a.lat * rad) * Math.sin(b.lat * rad) + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.cos((b.lon - a.lon) * rad)
  return 6_371_008.8 * Math.acos(Math.min(1, cosine))
}

const at = ([lon, lat]: readonly [number, number, ...unknown[]]): Position => ({ lat, lon })

const pathLength = (points: Position[]) => points.slice(1).reduce((sum, point, i) => sum + greatCircle(points[i], point), 0)

const TOURS: { mode: TrackMode; spacing: number; via: Position[] }[] = [
  {
    // Through Bamberg: station, market gardens, Maxplatz, old town hall, cathedral, Michaelsberg, Stephansberg.
    mode: "walk",
    spacing: 25,
    via: [
      { lat: 49.9007, lon: 10.8993 },
      { lat: 49.8975, lon: 10.8955 },
      { lat: 49.8938, lon: 10.8876 },
      { lat: 49.8916, lon: 10.8869 },
      { lat: 49.8908, lon: 10.8822 },
      { lat: 49.8947, lon: 10.8794 },
      { lat: 49.885, lon: 10.8844 },
    ],
  },
  {
    // Ebermannstadt, Streitberg, Muggendorf, Behringersmühle, Pottenstein, Gößweinstein, back.
    mode: "bike",
    spacing: 40,
    via: [
      { lat: 49.7806, lon: 11.1858 },
      { lat: 49.81, lon: 11.222 },
      { lat: 49.8034, lon: 11.2615 },
      { lat: 49.7797, lon: 11.3331 },
      { lat: 49.7717, lon: 11.4083 },
      { lat: 49.7692, lon: 11.3381 },
      { lat: 49.7806, lon: 11.1858 },
    ],
  },
  {
    // Kulmbach, Thurnau, Hollfeld, Pottenstein, Bayreuth.
    mode: "car",
    spacing: 60,
    via: [
      { lat: 50.1006, lon: 11.4503 },
      { lat: 50.0261, lon: 11.3925 },
      { lat: 49.9369, lon: 11.2906 },
      { lat: 49.7717, lon: 11.4083 },
      { lat: 49.9456, lon: 11.5713 },
    ],
  },
]

describe("planTrack", () => {
  it("starts and ends at the first and last waypoint and passes through every one between", () => {
    for (const { mode, via } of TOURS) {
      for (const seed of [1, 2, 3]) {
        const track = planTrack(via, { mode, seed })
        expect(track[0].slice(0, 2), mode).toEqual([via[0].lon, via[0].lat])
        expect(track.at(-1)!.slice(0, 2), mode).toEqual([via.at(-1)!.lon, via.at(-1)!.lat])
        for (const waypoint of via.slice(1, -1)) {
          const nearest = Math.min(...track.map((point) => greatCircle(at(point), waypoint)))
          expect(nearest, `${mode} ${JSON.stringify(waypoint)}`).toBeLessThan(1)
        }
      }
    }
  })

  it("has a point every 25 m on foot, 40 m by bike and 60 m by car", () => {
    for (const { mode, spacing, via } of TOURS) {
      const track = planTrack(via, { mode, seed: 4 })
      const steps = track.slice(1).map((point, i) => greatCircle(at(track[i]), at(point)))
      expect(Math.min(...steps), mode).toBeGreaterThan(0.7 * spacing)
      expect(Math.max(...steps), mode).toBeLessThan(1.3 * spacing)
      const mean = steps.reduce((sum, step) => sum + step, 0) / steps.length
      expect(mean, mode).toBeGreaterThan(0.9 * spacing)
      expect(mean, mode).toBeLessThan(1.1 * spacing)
    }
  })

  it("is a little longer than the straight legs, as a way along roads is, but not much", () => {
    for (const { mode, via } of TOURS) {
      const straight = pathLength(via)
      for (let seed = 1; seed <= 25; seed++) {
        const ratio = pathLength(planTrack(via, { mode, seed }).map(at)) / straight
        expect(ratio, `${mode} seed ${seed}`).toBeGreaterThan(1)
        expect(ratio, `${mode} seed ${seed}`).toBeLessThan(1.25)
      }
    }
  })

  it("bends away from the straight line by a few percent of a leg", () => {
    // Kulmbach to Thurnau, one leg of about 9.3 km: the widest offset from the chord.
    const [from, to] = TOURS[2].via
    const leg = greatCircle(from, to)
    for (let seed = 1; seed <= 10; seed++) {
      const track = planTrack([from, to], { mode: "car", seed })
      const widest = Math.max(...track.map((point) => crossTrack(from, to, at(point))))
      expect(widest / leg, `seed ${seed}`).toBeGreaterThan(0.02)
      expect(widest / leg, `seed ${seed}`).toBeLessThan(0.08)
    }
  })

  it("has elevations of a Franconian landscape, to 0.1 m, going up and down", () => {
    for (const { mode, via } of TOURS) {
      const elevations = planTrack(via, { mode, seed: 5 }).map((point) => point[2])
      for (const ele of elevations) {
        expect(ele).not.toBeNull()
        expect(ele!).toBeGreaterThanOrEqual(200)
        expect(ele!).toBeLessThanOrEqual(700)
        expect(Math.round(ele! * 10) / 10).toBe(ele)
      }
      expect(Math.max(...(elevations as number[])) - Math.min(...(elevations as number[])), mode).toBeGreaterThan(20)
    }
    // Over the whole of Upper Franconia, not only along these tours.
    let lowest = Infinity
    let highest = -Infinity
    for (let lat = 49.1; lat <= 50.45; lat += 0.01) {
      for (let lon = 10.8; lon <= 12.2; lon += 0.01) {
        const ele = terrainElevation(lat, lon)
        lowest = Math.min(lowest, ele)
        highest = Math.max(highest, ele)
      }
    }
    expect(lowest).toBeGreaterThanOrEqual(240)
    expect(highest).toBeLessThanOrEqual(640)
    expect(highest - lowest).toBeGreaterThan(300)
  })

  it("gives the same track for the same waypoints and seed, another for another seed", () => {
    const { mode, via } = TOURS[1]
    expect(planTrack(via, { mode, seed: 7 })).toEqual(planTrack(via, { mode, seed: 7 }))
    expect(planTrack(via, { mode, seed: 7 })).not.toEqual(planTrack(via, { mode, seed: 8 }))
  })

  it("skips a waypoint given twice in a row and refuses a track without a way", () => {
    const [a, b] = TOURS[0].via
    expect(planTrack([a, a, b], { mode: "walk", seed: 1 })).toEqual(planTrack([a, b], { mode: "walk", seed: 1 }))
    expect(() => planTrack([a], { mode: "walk", seed: 1 })).toThrow(RangeError)
    expect(() => planTrack([a, a], { mode: "walk", seed: 1 })).toThrow(RangeError)
    expect(() => planTrack([a, { lat: 91, lon: 11 }], { mode: "walk", seed: 1 })).toThrow(RangeError)
  })
})

describe("planLongTrack", () => {
  it("has exactly the points asked for, on a loop from Ebermannstadt", () => {
    const track = planLongTrack(10_000, 1)
    expect(track).toHaveLength(10_000)
    expect(track[0].slice(0, 2)).toEqual([11.1858, 49.7806])
    expect(track.at(-1)!.slice(0, 2)).toEqual([11.1858, 49.7806])
    const length = pathLength(track.map(at))
    expect(length).toBeGreaterThan(30_000)
    expect(length).toBeLessThan(45_000)
    for (const count of [4, 5, 137, 2_001]) expect(planLongTrack(count, 2), `${count}`).toHaveLength(count)
    expect(planLongTrack(500, 3)).toEqual(planLongTrack(500, 3))
    expect(() => planLongTrack(3, 1)).toThrow(RangeError)
  })
})

/** How far `point` lies from the line through `from` and `to`, in metres (flat, fine over a few km). */
function crossTrack(from: Position, to: Position, point: Position) {
  const kx = 111_195 * Math.cos((from.lat * Math.PI) / 180)
  const [dx, dy] = [(to.lon - from.lon) * kx, (to.lat - from.lat) * 111_195]
  const [px, py] = [(point.lon - from.lon) * kx, (point.lat - from.lat) * 111_195]
  return Math.abs(dx * py - dy * px) / Math.hypot(dx, dy)
}
