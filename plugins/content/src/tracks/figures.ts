// The figures a tour page shows about its track: how long, how much up and down, where.
import type { TrackBounds, TrackFigures, TrackPoint } from "./types"

/** The mean radius of the WGS 84 ellipsoid (IUGG), in metres. */
const EARTH_RADIUS_M = 6_371_008.8
const RAD = Math.PI / 180

/**
 * Elevation has to move this far from the last counted level before the change counts. GPS
 * elevations wander by a few metres from fix to fix, and a DEM sampled along a track jumps at
 * its cell edges; summed point by point, that noise adds hundreds of metres of "climbing" to a
 * flat ride. 5 m is below any hill worth mentioning and above most of the noise.
 */
const ELEVATION_THRESHOLD_M = 5

/** Great-circle distance between two points (haversine on a sphere), in metres. */
export function haversineMetres(a: TrackPoint, b: TrackPoint): number {
  const dLat = (b[1] - a[1]) * RAD
  const dLon = (b[0] - a[0]) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2
  // min() because rounding can push h a hair above 1 for nearly antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Length, ascent and descent (whole metres), bounds and number of points of a track. */
export function trackFigures(points: TrackPoint[]): TrackFigures {
  if (!points.length) throw new RangeError("A track needs at least one point")
  let length = 0
  const bounds: TrackBounds = { min_lat: points[0][1], min_lon: points[0][0], max_lat: points[0][1], max_lon: points[0][0] }
  let elevations = 0
  let level: number | null = null
  let ascent = 0
  let descent = 0
  for (let i = 0; i < points.length; i++) {
    const [lon, lat, ele] = points[i]
    if (i > 0) length += haversineMetres(points[i - 1], points[i])
    if (lat < bounds.min_lat) bounds.min_lat = lat
    if (lat > bounds.max_lat) bounds.max_lat = lat
    if (lon < bounds.min_lon) bounds.min_lon = lon
    if (lon > bounds.max_lon) bounds.max_lon = lon
    if (ele === null || !Number.isFinite(ele)) continue
    elevations++
    if (level === null) {
      level = ele
    } else if (ele - level >= ELEVATION_THRESHOLD_M) {
      ascent += ele - level
      level = ele
    } else if (level - ele >= ELEVATION_THRESHOLD_M) {
      descent += level - ele
      level = ele
    }
  }
  const enough = elevations >= 2
  return {
    length_m: Math.round(length),
    ascent_m: enough ? Math.round(ascent) : null,
    descent_m: enough ? Math.round(descent) : null,
    bounds,
    points: points.length,
  }
}
