// GPX files as the association uploads them for a tour (exported from Komoot, Garmin, Strava, a
// GPS device or our own download): read into one list of points, or refused with a message that
// says what is wrong, because the admin sees it as the answer to the upload.
import { gpxGen } from "@tmcw/togeojson"
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom"
import type { TrackPoint } from "./types"

/** 20 MB of UTF-8: a day's ride recorded every second is about 5 MB. */
export const GPX_MAX_BYTES = 20 * 1024 * 1024
export const GPX_MAX_POINTS = 100_000

/** A file that is not a usable GPX track; the message is meant for the person who sent it. */
export class GpxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "GpxError"
  }
}

// What XML Schema allows for lat/lon (xsd:decimal, plus an exponent some writers use). Stricter
// than parseFloat, which would read "49.5abc" as 49.5 and "Infinity" as a number.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

// "+ 0" turns the -0 that rounding a tiny negative gives into 0, which is what any writer means.
const round = (value: number, factor: number) => Math.round(value * factor) / factor + 0

/** A value quoted into a message: short, on one line, so junk in a file cannot flood the answer. */
const quoted = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)

function parseXml(text: string) {
  const problems: { message: string; line?: number; column?: number }[] = []
  const parser = new DOMParser({
    // xmldom carries on after warnings and non-fatal errors with a document built from its
    // guesses (a missing quote, an unknown entity). A track read from a guess is worse than a
    // refusal, so every report ends the parse.
    onError: (_level, message, context) => {
      problems.push({ message, line: context?.locator?.lineNumber, column: context?.locator?.columnNumber })
      throw new GpxError(message)
    },
  })
  try {
    return parser.parseFromString(text, "text/xml")
  } catch (error) {
    // xmldom rethrows what onError threw wrapped in its ParseError; the first report is the cause.
    const first = problems[0]
    const message = first?.message ?? (error instanceof Error ? error.message : String(error))
    if (/missing root element/i.test(message)) throw new GpxError("The file is not XML (GPX is an XML format, and no XML element was found)")
    const where = first?.line ? ` (line ${first.line}${first.column ? `, column ${first.column}` : ""})` : ""
    throw new GpxError(`The file is not well-formed XML${where}: ${message}`)
  }
}

function childElement(parent: XmlElement | null | undefined, localName: string): XmlElement | null {
  if (!parent) return null
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).localName === localName) return node as XmlElement
  }
  return null
}

/**
 * Every point's lat and lon must be a number in range. togeojson would silently skip a point
 * whose lat or lon does not parse and keep one that is out of range (or "Infinity"); a track
 * with holes or a point on the far side of the globe would then have a wrong length.
 */
function checkCoordinates(points: ArrayLike<XmlElement>, what: string) {
  for (let i = 0; i < points.length; i++) {
    const point = points[i]
    for (const [attribute, limit] of [["lat", 90], ["lon", 180]] as const) {
      const raw = point.getAttribute(attribute)
      const value = raw !== null && DECIMAL.test(raw.trim()) ? Number(raw.trim()) : NaN
      if (Number.isFinite(value) && Math.abs(value) <= limit) continue
      const line = typeof point.lineNumber === "number" ? ` (line ${point.lineNumber})` : ""
      const name = attribute === "lat" ? "latitude" : "longitude"
      const given = raw === null ? `no ${name}` : `the ${name} ${quoted(raw)}`
      throw new GpxError(`${what} ${i + 1} of the GPX has ${given}${line}; it must be a number from -${limit} to ${limit}`)
    }
  }
}

/** The name the file gives: of its first track (or route), else of the document itself. */
function nameOf(featureName: unknown, root: XmlElement): string | null {
  const own = typeof featureName === "string" ? featureName.trim() : ""
  if (own) return own
  // GPX 1.1 names the document in <metadata>, GPX 1.0 right under <gpx>.
  const documentName = childElement(childElement(root, "metadata"), "name") ?? childElement(root, "name")
  return documentName?.textContent?.trim() || null
}

/**
 * A GPX document's way as one list of points: all segments of all its tracks in document order,
 * or, in a file without tracks, all its routes. Coordinates to 6 decimals (about 10 cm), elevation
 * to 0.1 m, null where a point has none. Throws GpxError for anything that is not such a file.
 */
export function parseGpx(text: string): { name: string | null; points: TrackPoint[] } {
  if (typeof text !== "string" || !text.trim()) throw new GpxError("The file is empty")
  // Characters before bytes: a string longer than the limit is too large in any encoding.
  if (text.length > GPX_MAX_BYTES || Buffer.byteLength(text, "utf8") > GPX_MAX_BYTES) throw new GpxError("The file is larger than 20 MB")
  // A document type can declare entities that expand a few bytes into gigabytes, or pull in
  // files; GPX needs neither, so we do not let the parser see one.
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) throw new GpxError("GPX with a DOCTYPE is not accepted")
  // Editors on Windows save a byte order mark, which xmldom takes for text before the root.
  const doc = parseXml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

  const root = doc.documentElement
  if (!root) throw new GpxError("The file is not XML (GPX is an XML format, and no XML element was found)")
  // By local name, whatever the namespace: GPX 1.0 and 1.1 differ in it, and some writers put it
  // on a prefix. (togeojson reads the elements inside by unprefixed name, as nearly all files have them.)
  if (root.localName !== "gpx") throw new GpxError(`The file is not GPX: its root element must be <gpx>, not <${root.localName}>`)

  // The same elements togeojson reads (by tag name), counted before it builds anything from them.
  const trackPoints = doc.getElementsByTagName("trkpt")
  const routePoints = doc.getElementsByTagName("rtept")
  const count = trackPoints.length + routePoints.length
  if (count > GPX_MAX_POINTS) {
    throw new GpxError(`The GPX has ${count.toLocaleString("en")} track and route points; at most ${GPX_MAX_POINTS.toLocaleString("en")} are accepted (simplify the track first)`)
  }
  checkCoordinates(trackPoints, "Track point")
  checkCoordinates(routePoints, "Route point")

  const tracks: number[][][] = []
  const routes: number[][][] = []
  let trackName: unknown
  let routeName: unknown
  // togeojson yields tracks, then routes, then waypoints; waypoints are no part of the way, and a
  // file can have thousands, so we stop at the first. It leaves out segments of fewer than 2 points.
  for (const feature of gpxGen(doc)) {
    const geometry = feature.geometry
    if (geometry?.type === "LineString" && feature.properties?._gpxType === "rte") {
      routeName ??= feature.properties.name
      routes.push(geometry.coordinates)
    } else if (geometry?.type === "LineString" || geometry?.type === "MultiLineString") {
      trackName ??= feature.properties?.name
      // A loop, not push(...segments): a file can have tens of thousands of short segments.
      if (geometry.type === "LineString") tracks.push(geometry.coordinates)
      else for (const segment of geometry.coordinates) tracks.push(segment)
    } else {
      break
    }
  }

  const lines = tracks.length ? tracks : routes
  const points: TrackPoint[] = []
  for (const line of lines) {
    for (const [lon, lat, ele] of line) {
      // togeojson leaves out an <ele> that does not parse, but keeps "Infinity".
      points.push([round(lon, 1e6), round(lat, 1e6), typeof ele === "number" && Number.isFinite(ele) ? round(ele, 10) : null])
    }
  }
  if (points.length < 2) throw new GpxError("The GPX contains no track (<trk>) or route (<rte>) with at least 2 points")
  return { name: nameOf(tracks.length ? trackName : routeName, root), points }
}
