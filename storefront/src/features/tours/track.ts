import { mapFrame, type Frame, type LatLon } from "../map/projection"

/** A point of a tour's map track as the store route sends it: [longitude, latitude, elevation or null]. */
export type TrackPoint = readonly [lon: number, lat: number, ele: number | null]

/** Room at the edges of a tour's map, so the stops' dots and numbers stay inside. */
export const TRACK_PAD = 20

/** A tour's map frame: the track and its stops fill it, centred, north up (no region around it: the track is the subject). */
export function trackFrame(track: readonly TrackPoint[], stops: readonly LatLon[], width: number, height: number, pad = TRACK_PAD): Frame {
  const points = [...track.map(([longitude, latitude]) => ({ latitude, longitude })), ...stops]
  // A few hundred metres at least, so a tour of one street is not drawn as if it crossed the county.
  return mapFrame(points, { width, height, pad, center: true, minSpan: 0.005 })
}

const round = (value: number) => Math.round(value * 10) / 10

/**
 * The track as an SVG path ("M x y L x y …") inside a width × height viewBox: projected like the
 * shop's other drawn maps, coordinates to a tenth of a unit, points that land on the same spot
 * once. `frame` lets the stops share the projection (see trackFrame); an empty track is "".
 */
export function projectTrack(points: readonly TrackPoint[], width: number, height: number, frame: Frame = trackFrame(points, [], width, height)): string {
  const commands: string[] = []
  let last = ""
  for (const [longitude, latitude] of points) {
    if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) continue
    const { x, y } = frame.project({ latitude, longitude })
    const at = `${round(x)} ${round(y)}`
    if (at === last) continue
    commands.push(`${commands.length ? "L" : "M"}${at}`)
    last = at
  }
  return commands.join("")
}
