/**
 * GPS tracks for the seed's tours, generated: the seed has no map data and no network, so it
 * cannot route along real roads. Between the tours' real waypoints it lays a path that looks like
 * one: it bends away from the straight line and comes back, has a point every few dozen metres
 * with a GPS receiver's jitter, and climbs and falls over a made-up Franconian landscape. The
 * track passes exactly through every waypoint, so the tour's stops lie on it. Deterministic: the
 * same waypoints and seed give the same track, so the seed and its tests agree.
 *
 * Only a type import: the content benchmark loads this file with plain Node.
 */
import type { TrackPoint } from "../plugins/content/src/tracks/types"

export type TrackMode = "walk" | "bike" | "car"

type Waypoint = { lat: number; lon: number }

/** Metres per degree of latitude on the WGS 84 mean sphere. */
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180

/** Distance between points: a walker's app records often, a car's sparsely. */
const SPACING_M: Record<TrackMode, number> = { walk: 25, bike: 40, car: 60 }

/**
 * Wavelength of the small bends a way makes on top of its big sweep: a footpath winds around a
 * field, a road around a hill. Only legs several of these long get them.
 */
const BEND_WAVELENGTH_M: Record<TrackMode, number> = { walk: 180, bike: 700, car: 1_600 }

/** How far a recorded point strays from the way, at most, in metres. */
const JITTER_M = 1

/** A small seeded generator (mulberry32): numbers in [0, 1), the same ones for the same seed. */
function seededRandom(seed: number): () => number {
  // Spread nearby seeds (1, 2, 3 …) apart before the first number.
  let state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x2545f491) >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), state | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * A made-up landscape of Upper Franconia, in metres above sea level: broad sweeps of some 20 km
 * between river basins and uplands, valleys and ridges of about 9 km and hills of 4–5 km across
 * them, and low knolls. The sum is squeezed through tanh, which flattens its highs and lows into
 * plateaus and valley floors with steeper slopes between, as in the Franconian Jura. It stays
 * within about 265–615 m, and a ride over it climbs some 15–20 m per kilometre, as rides there do.
 */
export function terrainElevation(lat: number, lon: number): number {
  // Kilometres east and north of a point near Bamberg; only the shape matters, not the origin.
  const x = (lon - 10.9) * 71.6
  const y = (lat - 49.9) * 111.2
  const tau = 2 * Math.PI
  const relief =
    0.5 * Math.sin((tau * x) / 22 + 0.7) * Math.cos((tau * y) / 26 - 1.2) +
    0.3 * Math.sin((tau * (x + 0.6 * y)) / 9 + 2.1) +
    0.2 * Math.sin((tau * x) / 4.4 - 0.4) * Math.sin((tau * y) / 5.1 + 1.3)
  const shaped = Math.tanh(1.6 * relief) / Math.tanh(1.6)
  const knolls = 8 * Math.sin((tau * x) / 2.1 + 0.3) * Math.cos((tau * y) / 2.6)
  return Math.round((440 + 165 * shaped + knolls) * 10) / 10
}

/** A leg laid flat: the way from one waypoint to the next in metres east and north of the first, finely sampled. */
type LegPath = { from: Waypoint; to: Waypoint; metresPerDegreeLon: number; xs: Float64Array; ys: Float64Array; along: Float64Array; length: number }

/**
 * The way between two waypoints: the straight line bent sideways by two sines across the whole
 * leg (random frequencies and phases, together 3–6 % of the leg at their widest) and, on a long
 * leg, a third with the mode's bend wavelength. Each sine has its straight trend from start to end
 * taken off, so the sideways offset is zero at both waypoints.
 */
function layLeg(from: Waypoint, to: Waypoint, mode: TrackMode, random: () => number): LegPath {
  const metresPerDegreeLon = METRES_PER_DEGREE * Math.cos((((from.lat + to.lat) / 2) * Math.PI) / 180)
  const endX = (to.lon - from.lon) * metresPerDegreeLon
  const endY = (to.lat - from.lat) * METRES_PER_DEGREE
  const chord = Math.hypot(endX, endY)
  // Sideways: the unit normal to the chord (left of the direction of travel).
  const normalX = chord ? -endY / chord : 0
  const normalY = chord ? endX / chord : 0

  const tau = 2 * Math.PI
  const sweeps = [
    { cycles: 0.5 + 0.5 * random(), phase: tau * random(), weight: 1 },
    { cycles: 1.3 + 0.9 * random(), phase: tau * random(), weight: 0.3 + 0.3 * random() },
  ]
  const wave = ({ cycles, phase }: { cycles: number; phase: number }, t: number) =>
    Math.sin(tau * cycles * t + phase) - ((1 - t) * Math.sin(phase) + t * Math.sin(tau * cycles + phase))
  const bendCycles = chord / BEND_WAVELENGTH_M[mode]
  // A fixed share of the wavelength keeps a bend's slope (and so the extra length) the same on any leg.
  const bend = bendCycles >= 2.5 ? { cycles: bendCycles, phase: tau * random(), amplitude: 0.03 * BEND_WAVELENGTH_M[mode] } : null
  const amplitude = chord * (0.03 + 0.03 * random())

  // Sampled at a tenth of the spacing, fine enough to measure the curve and place points on it.
  const samples = Math.max(64, Math.ceil(chord / (SPACING_M[mode] / 10)))
  const sweep = new Float64Array(samples + 1)
  let widest = 0
  for (let i = 0; i <= samples; i++) {
    const t = i / samples
    sweep[i] = sweeps.reduce((sum, s) => sum + s.weight * wave(s, t), 0)
    widest = Math.max(widest, Math.abs(sweep[i]))
  }
  const xs = new Float64Array(samples + 1)
  const ys = new Float64Array(samples + 1)
  const along = new Float64Array(samples + 1)
  for (let i = 0; i <= samples; i++) {
    const t = i / samples
    const offset = (widest ? (amplitude * sweep[i]) / widest : 0) + (bend ? bend.amplitude * wave(bend, t) : 0)
    xs[i] = t * endX + offset * normalX
    ys[i] = t * endY + offset * normalY
    if (i > 0) along[i] = along[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1])
  }
  return { from, to, metresPerDegreeLon, xs, ys, along, length: along[samples] }
}

/**
 * The points of a leg, `steps` equal steps along its way: its first waypoint exactly, then the
 * points between, each moved up to a metre by the receiver's jitter, in degrees to 6 decimals.
 * The leg's last waypoint is the next leg's first (or the track's end), so it is not repeated.
 */
function pointsOfLeg(leg: LegPath, steps: number, random: () => number): TrackPoint[] {
  const points: TrackPoint[] = [[leg.from.lon, leg.from.lat, terrainElevation(leg.from.lat, leg.from.lon)]]
  let sample = 0
  for (let step = 1; step < steps; step++) {
    const target = (leg.length * step) / steps
    while (sample < leg.along.length - 2 && leg.along[sample + 1] < target) sample++
    const span = leg.along[sample + 1] - leg.along[sample]
    const share = span ? (target - leg.along[sample]) / span : 0
    const angle = 2 * Math.PI * random()
    const radius = JITTER_M * Math.sqrt(random())
    const x = leg.xs[sample] + share * (leg.xs[sample + 1] - leg.xs[sample]) + radius * Math.cos(angle)
    const y = leg.ys[sample] + share * (leg.ys[sample + 1] - leg.ys[sample]) + radius * Math.sin(angle)
    const lon = Math.round((leg.from.lon + x / leg.metresPerDegreeLon) * 1e6) / 1e6
    const lat = Math.round((leg.from.lat + y / METRES_PER_DEGREE) * 1e6) / 1e6
    points.push([lon, lat, terrainElevation(lat, lon)])
  }
  return points
}

function layLegs(via: Waypoint[], mode: TrackMode, seed: number) {
  if (via.length < 2) throw new RangeError("A track needs at least 2 waypoints")
  for (const point of via) {
    if (!(Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180)) throw new RangeError(`The waypoint ${JSON.stringify(point)} is not a WGS 84 position`)
  }
  const random = seededRandom(seed)
  const legs: LegPath[] = []
  // A waypoint given twice in a row is no leg at all.
  for (let i = 1; i < via.length; i++) if (via[i].lat !== via[i - 1].lat || via[i].lon !== via[i - 1].lon) legs.push(layLeg(via[i - 1], via[i], mode, random))
  if (!legs.length) throw new RangeError("A track needs waypoints in at least 2 different places")
  return { legs, random }
}

function joinLegs(legs: LegPath[], steps: number[], random: () => number, end: Waypoint): TrackPoint[] {
  const points = legs.flatMap((leg, i) => pointsOfLeg(leg, steps[i], random))
  points.push([end.lon, end.lat, terrainElevation(end.lat, end.lon)])
  return points
}

/**
 * A plausible GPS track through `via` in order, as a walk, a bike ride or a drive: a point about
 * every 25, 40 or 60 m along a way that bends like a path or road, starting and ending at the first
 * and last waypoint and passing exactly through each one between.
 */
export function planTrack(via: Waypoint[], options: { mode: TrackMode; seed: number }): TrackPoint[] {
  const { legs, random } = layLegs(via, options.mode, options.seed)
  const steps = legs.map((leg) => Math.max(1, Math.round(leg.length / SPACING_M[options.mode])))
  return joinLegs(legs, steps, random, via[via.length - 1])
}

/** The loop of planLongTrack: Ebermannstadt, Gößweinstein, Pottenstein and back, through Franconian Switzerland. */
const LONG_LOOP: Waypoint[] = [
  { lat: 49.7806, lon: 11.1858 },
  { lat: 49.7692, lon: 11.3381 },
  { lat: 49.7717, lon: 11.4083 },
  { lat: 49.7806, lon: 11.1858 },
]

/**
 * A bike loop around Franconian Switzerland with exactly `pointCount` points, however dense that
 * makes it (10,000 points are one every 3–4 m, as a device recording every second): for measuring
 * how the shop copes with a long track.
 */
export function planLongTrack(pointCount: number, seed: number): TrackPoint[] {
  if (!Number.isInteger(pointCount) || pointCount < LONG_LOOP.length) throw new RangeError(`A long track has a whole number of points, at least ${LONG_LOOP.length}`)
  const { legs, random } = layLegs(LONG_LOOP, "bike", seed)
  // The steps shared out by length (largest remainders), at least one per leg, all adding up to
  // pointCount - 1 because the end point comes on top of the legs' points.
  const total = legs.reduce((sum, leg) => sum + leg.length, 0)
  const free = pointCount - 1 - legs.length
  const shares = legs.map((leg) => (free * leg.length) / total)
  const steps = shares.map((share) => 1 + Math.floor(share))
  let left = pointCount - 1 - steps.reduce((sum, n) => sum + n, 0)
  const byRemainder = shares.map((share, i) => ({ i, rest: share - Math.floor(share) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of byRemainder) {
    if (left-- <= 0) break
    steps[i]++
  }
  return joinLegs(legs, steps, random, LONG_LOOP[LONG_LOOP.length - 1])
}
