/**
 * How the shop's drawn maps place coordinates on an SVG: a flat projection (longitudes shortened
 * by the cosine of the mean latitude), exact enough across one region and needing neither tiles
 * nor a library. Every drawn map (producers, Genussorte, a tour's track) uses this one.
 */

export type LatLon = { latitude: number; longitude: number }
export type Bounds = { minLat: number; maxLat: number; minLon: number; maxLon: number }
export type Point = { x: number; y: number }

/** A dot on a drawn map: where it links, what it is called (for screen readers and the tooltip), the name printed beside it if any. */
export type MapPoint = LatLon & { key: string; href: string; label: string; text: string | null }

/** Upper Franconia, the region the association is about: an overview map shows at least this. */
export const REGION: Bounds = { minLat: 49.6, maxLat: 50.45, minLon: 10.75, maxLon: 12.2 }

export type Frame = { width: number; height: number; project: (at: LatLon) => Point }

type FrameOptions = {
  width: number
  height: number
  /** Room left free at each edge (for dots and labels). */
  pad: number
  /** Bounds always shown, however few the points (an overview frames the region). */
  atLeast?: Bounds
  /** Draw the content in the middle of the spare room; off, it sits in the top-left corner as the producers map always drew it. */
  center?: boolean
  /** The smallest span in degrees each way, so one point or a short straight track gets a sensible scale. */
  minSpan?: number
}

/** A frame that fits all `points` (and `atLeast`) into width × height, north up. */
export function mapFrame(points: readonly LatLon[], { width, height, pad, atLeast, center = false, minSpan = 0.002 }: FrameOptions): Frame {
  const lats = [...(atLeast ? [atLeast.minLat, atLeast.maxLat] : []), ...points.map((p) => p.latitude)].filter(Number.isFinite)
  const lons = [...(atLeast ? [atLeast.minLon, atLeast.maxLon] : []), ...points.map((p) => p.longitude)].filter(Number.isFinite)
  // Nothing to frame: the region, so a map without points is still a map.
  let [minLat, maxLat] = lats.length ? [Math.min(...lats), Math.max(...lats)] : [REGION.minLat, REGION.maxLat]
  let [minLon, maxLon] = lons.length ? [Math.min(...lons), Math.max(...lons)] : [REGION.minLon, REGION.maxLon]
  if (maxLat - minLat < minSpan) [minLat, maxLat] = [(minLat + maxLat - minSpan) / 2, (minLat + maxLat + minSpan) / 2]
  if (maxLon - minLon < minSpan) [minLon, maxLon] = [(minLon + maxLon - minSpan) / 2, (minLon + maxLon + minSpan) / 2]
  const lonScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const scale = Math.min((width - 2 * pad) / ((maxLon - minLon) * lonScale), (height - 2 * pad) / (maxLat - minLat))
  const dx = center ? (width - 2 * pad - (maxLon - minLon) * lonScale * scale) / 2 : 0
  const dy = center ? (height - 2 * pad - (maxLat - minLat) * scale) / 2 : 0
  return {
    width,
    height,
    project: (at) => ({
      x: pad + dx + (at.longitude - minLon) * lonScale * scale,
      y: height - pad - dy - (at.latitude - minLat) * scale,
    }),
  }
}
