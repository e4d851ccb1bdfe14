// A tour's track as a GPX 1.1 file to download into a GPS device or an app (Komoot, OsmAnd,
// Garmin Connect). Only type imports: the content benchmark loads this file with plain Node.
import type { TrackPoint } from "./types"

// Characters XML 1.0 does not allow at all, not even as character references: C0 controls other
// than tab, line feed and carriage return, lone surrogate halves, U+FFFE and U+FFFF. A strict
// reader refuses the whole file over one of them, so they are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // In an attribute a reader turns tab and line breaks into spaces; as references they survive.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
}

const text = (value: string) => value.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c])
const attribute = (value: string) => value.replace(NOT_XML, "").replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c])

/** A coordinate to 6 decimals (about 10 cm). Rounded like this it never takes the exponent form, which xsd:decimal does not allow. */
function coordinate(value: number, limit: number, name: string): string {
  if (!Number.isFinite(value) || Math.abs(value) > limit) throw new RangeError(`A track point has the ${name} ${value}, not a number from -${limit} to ${limit}`)
  return String(Math.round(value * 1e6) / 1e6)
}

/** A GPX 1.1 document with the track as one segment, named and described in its metadata. */
export function writeGpx(track: { name: string; description?: string | null; link?: string | null; points: TrackPoint[] }): string {
  const name = text(track.name)
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="genussnetz" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    "<metadata>",
    `<name>${name}</name>`,
  ]
  // The schema fixes the order inside <metadata>: name, desc, author, copyright, link, …
  if (track.description) parts.push(`<desc>${text(track.description)}</desc>`)
  if (track.link) parts.push(`<link href="${attribute(track.link)}"/>`)
  parts.push("</metadata>", "<trk>", `<name>${name}</name>`, "<trkseg>")
  for (const [lon, lat, ele] of track.points) {
    const position = `<trkpt lat="${coordinate(lat, 90, "latitude")}" lon="${coordinate(lon, 180, "longitude")}">`
    parts.push(ele === null || !Number.isFinite(ele) ? `${position}</trkpt>` : `${position}<ele>${Math.round(ele * 10) / 10}</ele></trkpt>`)
  }
  parts.push("</trkseg>", "</trk>", "</gpx>", "")
  return parts.join("\n")
}
