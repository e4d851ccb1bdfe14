/**
 * A point of a GPS track in GeoJSON order: longitude, latitude (WGS 84 degrees) and the elevation
 * in metres, null where the track has none. Arrays rather than objects because a track has up to
 * 100,000 of them and is stored as JSON: the names would be most of its bytes.
 */
export type TrackPoint = [lon: number, lat: number, ele: number | null]

export type TrackBounds = { min_lat: number; min_lon: number; max_lat: number; max_lon: number }

/** What the shop shows about a track, measured once when it is stored. */
export type TrackFigures = {
  /** Along the track, whole metres. */
  length_m: number
  /** Whole metres; null when the track has too few elevations to tell. */
  ascent_m: number | null
  descent_m: number | null
  bounds: TrackBounds
  points: number
}
