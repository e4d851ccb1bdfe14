// A track light enough to draw on a map in the shop: a recorded ride has a point every second
// or few metres, thousands of them, and the map of a tour page needs a few hundred.
import simplify from "simplify-js"
import type { TrackPoint } from "./types"

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180
const FIRST_TOLERANCE_M = 2
const TOLERANCE_GROWTH = 1.6

type Projected = { x: number; y: number; index: number }

/** Coordinates to 5 decimals (about 1 m, finer than a map line is wide), elevation to whole metres. */
const forDisplay = ([lon, lat, ele]: TrackPoint): TrackPoint => [
  Math.round(lon * 1e5) / 1e5,
  Math.round(lat * 1e5) / 1e5,
  ele === null ? null : Math.round(ele),
]

/**
 * At most `maxPoints` points of the track that still follow its shape (Douglas–Peucker), with its
 * first and last point. The tolerance starts at a few metres and grows until the points fit, so a
 * short walk keeps its corners and only a long ride is drawn coarser.
 */
export function simplifyForDisplay(points: TrackPoint[], maxPoints = 400): TrackPoint[] {
  if (!(maxPoints >= 2)) throw new RangeError("A track drawn on a map needs at least 2 points")
  if (points.length <= maxPoints) return points.map(forDisplay)

  // Douglas–Peucker measures distances in the plane: degrees of longitude are shorter than
  // degrees of latitude away from the equator, so the track is laid flat in metres first
  // (equirectangular around its mean latitude, exact enough over a region's width).
  let latitudes = 0
  for (const point of points) latitudes += point[1]
  const xScale = METRES_PER_DEGREE * Math.cos(((latitudes / points.length) * Math.PI) / 180)
  const projected: Projected[] = points.map(([lon, lat], index) => ({ x: lon * xScale, y: lat * METRES_PER_DEGREE, index }))

  let tolerance = FIRST_TOLERANCE_M
  // simplify-js returns the very objects it was given, so each keeps its index into `points`.
  let kept = simplify(projected, tolerance, true) as Projected[]
  while (kept.length > maxPoints) {
    tolerance *= TOLERANCE_GROWTH
    kept = simplify(projected, tolerance, true) as Projected[]
  }
  return kept.map((point) => forDisplay(points[point.index]))
}
