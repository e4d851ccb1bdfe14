import { describe, expect, it } from "vitest"
import { GPX_MAX_BYTES, GPX_MAX_POINTS, GpxError, haversineMetres, parseGpx, simplifyForDisplay, trackFigures, writeGpx, type TrackPoint } from ".."

/** The great-circle distance by another route than the haversine: the angle between unit vectors (atan2 of cross and dot product). */
function vectorDistance(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = Math.PI / 180
  const unit = (p: { lat: number; lon: number }) => [Math.cos(p.lat * rad) * Math.cos(p.lon * rad), Math.cos(p.lat * rad) * Math.sin(p.lon * rad), Math.sin(p.lat * rad)]
  const [u, v] = [unit(a), unit(b)]
  const cross = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
  return 6_371_008.8 * Math.atan2(Math.hypot(...cross), u[0] * v[0] + u[1] * v[1] + u[2] * v[2])
}

/** A small seeded generator, so the "noise" of these tests is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A winding track of `count` points about 5 m apart heading east-north-east from Forchheim, with rolling elevations, as a GPS would record it. */
function wigglyTrack(count: number, seed = 1): TrackPoint[] {
  const next = random(seed)
  const points: TrackPoint[] = []
  let lat = 49.7197
  let lon = 11.0581
  for (let i = 0; i < count; i++) {
    const heading = 0.4 + 0.9 * Math.sin(i / 60) + 0.5 * Math.sin(i / 17 + 1)
    lat += (5 * Math.sin(heading)) / 111_195
    lon += (5 * Math.cos(heading)) / (111_195 * Math.cos((lat * Math.PI) / 180))
    const ele = 400 + 60 * Math.sin(i / 400) + 15 * Math.sin(i / 90) + (next() - 0.5) * 3
    points.push([Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6, i % 97 === 5 ? null : Math.round(ele * 10) / 10])
  }
  return points
}

const gpxOf = (body: string, root = '<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${body}\n</gpx>\n`

function refusal(text: string): GpxError {
  try {
    parseGpx(text)
  } catch (error) {
    expect(error).toBeInstanceOf(GpxError)
    expect((error as GpxError).message.length).toBeGreaterThan(10)
    return error as GpxError
  }
  throw new Error(`parseGpx accepted ${text.slice(0, 60)}`)
}

describe("parseGpx", () => {
  it("reads all segments of all tracks in order, rounded, with missing or broken elevations as null", () => {
    const text = gpxOf(`
  <metadata><name>Die Runde</name></metadata>
  <wpt lat="49.5" lon="11.5"><name>Parkplatz</name></wpt>
  <trk>
    <name> Bierkellerrunde </name>
    <trkseg>
      <trkpt lat="49.891712345" lon="10.886849999"><ele>262.44</ele><time>2026-05-01T10:00:00Z</time></trkpt>
      <trkpt lat="49.8920" lon="10.8875"><ele>265.06</ele></trkpt>
      <trkpt lat="49.8925" lon="10.8881"/>
    </trkseg>
    <trkseg>
      <trkpt lat="+49.893" lon="10.889"><ele>n/a</ele></trkpt>
      <trkpt lat="4.9894E1" lon="10.890"><ele>-3</ele><extensions><speed>3.2</speed></extensions></trkpt>
    </trkseg>
  </trk>
  <rte><rtept lat="1" lon="1"/><rtept lat="2" lon="2"/></rte>
  <trk><trkseg>
    <trkpt lat="49.9" lon="10.9"><ele>Infinity</ele></trkpt>
    <trkpt lat="49.901" lon="-0.0000001"><ele>300</ele></trkpt>
  </trkseg></trk>`)
    const { name, points } = parseGpx(text)
    expect(name).toBe("Bierkellerrunde")
    expect(points).toEqual([
      [10.88685, 49.891712, 262.4],
      [10.8875, 49.892, 265.1],
      [10.8881, 49.8925, null],
      [10.889, 49.893, null],
      [10.89, 49.894, -3],
      [10.9, 49.9, null],
      [0, 49.901, 300],
    ])
  })

  it("reads a route when the file has no track, and the document's name from GPX 1.0", () => {
    const text = gpxOf(
      `<name>Ausflug nach Pottenstein</name>
  <rte><rtept lat="49.7806" lon="11.1858"><ele>290</ele></rtept><rtept lat="49.7692" lon="11.3381"/></rte>
  <rte><rtept lat="49.7717" lon="11.4083"><ele>370.25</ele></rtept><rtept lat="49.77" lon="11.41"/></rte>`,
      '<gpx version="1.0" creator="test" xmlns="http://www.topografix.com/GPX/1/0">'
    )
    expect(parseGpx(text)).toEqual({
      name: "Ausflug nach Pottenstein",
      points: [
        [11.1858, 49.7806, 290],
        [11.3381, 49.7692, null],
        [11.4083, 49.7717, 370.3],
        [11.41, 49.77, null],
      ],
    })
  })

  it("takes a byte order mark, a GPX namespace on a prefix and a file without any name", () => {
    const text = `\uFEFF<?xml version="1.0"?><g:gpx xmlns:g="http://www.topografix.com/GPX/1/1" version="1.1"><trk><trkseg><trkpt lat="1" lon="2"/><trkpt lat="1.5" lon="2"/></trkseg></trk></g:gpx>`
    expect(parseGpx(text)).toEqual({ name: null, points: [[2, 1, null], [2, 1.5, null]] })
  })

  it("refuses what is not a GPX track, each with a message", () => {
    const twoPoints = '<trk><trkseg><trkpt lat="49.1" lon="11.1"/><trkpt lat="49.2" lon="11.2"/></trkseg></trk>'
    expect(refusal("").message).toBe("The file is empty")
    expect(refusal(" \n\t").message).toBe("The file is empty")
    expect(refusal("Hallo, das ist kein Track").message).toMatch(/not XML/)
    expect(refusal('{"type":"FeatureCollection","features":[]}').message).toMatch(/not XML/)
    // An HTML page, as a login page or an error page of a map site would come.
    expect(refusal("<!DOCTYPE html>\n<html><head><title>Komoot</title></head><body><p>Bitte anmelden</p></body></html>").message).toBe("GPX with a DOCTYPE is not accepted")
    expect(refusal("<html><head><title>Komoot</title></head><body><p>Bitte anmelden</p></body></html>").message).toBe("The file is not GPX: its root element must be <gpx>, not <html>")
    expect(refusal("<html><body><p>Zeile<br>Zeile</p></body></html>").message).toMatch(/not well-formed XML \(line 1.*"br" != "p"/)
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Runde</name>
<LineString><coordinates>11.1,49.1,300 11.2,49.2,310</coordinates></LineString></Placemark></Document></kml>`
    expect(refusal(kml).message).toBe("The file is not GPX: its root element must be <gpx>, not <kml>")
    expect(refusal(gpxOf('<trk><trkseg><trkpt lat="49.1" lon="11.1"/></trkseg></trk>')).message).toMatch(/no track \(<trk>\) or route \(<rte>\) with at least 2 points/)
    expect(refusal(gpxOf('<wpt lat="49.1" lon="11.1"/><wpt lat="49.2" lon="11.2"/>')).message).toMatch(/at least 2 points/)
    expect(refusal(gpxOf('<trk><trkseg><trkpt lat="91" lon="11.1"/><trkpt lat="49.2" lon="11.2"/></trkseg></trk>')).message).toMatch(/Track point 1 of the GPX has the latitude "91" \(line \d+\); it must be a number from -90 to 90/)
    expect(refusal(gpxOf('<rte><rtept lat="49.1" lon="11.1"/><rtept lat="49.2" lon="-180.5"/></rte>')).message).toMatch(/Route point 2 .* longitude "-180.5"/)
    expect(refusal(gpxOf('<trk><trkseg><trkpt lat="49.1" lon="11.1"/><trkpt lat="49.2abc" lon="11.2"/></trkseg></trk>')).message).toMatch(/latitude "49.2abc"/)
    expect(refusal(gpxOf('<trk><trkseg><trkpt lat="NaN" lon="11.1"/><trkpt lat="49.2" lon="11.2"/></trkseg></trk>')).message).toMatch(/latitude "NaN"/)
    expect(refusal(gpxOf('<trk><trkseg><trkpt lat="Infinity" lon="11.1"/><trkpt lat="49.2" lon="11.2"/></trkseg></trk>')).message).toMatch(/latitude "Infinity"/)
    expect(refusal(gpxOf('<trk><trkseg><trkpt lat="49.1"/><trkpt lat="49.2" lon="11.2"/></trkseg></trk>')).message).toMatch(/has no longitude/)
    // Entities: the "billion laughs" kind, and an external one that would read a file.
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<gpx version="1.1"><metadata><name>&lol2;</name></metadata>${twoPoints}</gpx>`
    expect(refusal(laughs).message).toBe("GPX with a DOCTYPE is not accepted")
    expect(refusal(`<?xml version="1.0"?><!doctype gpx SYSTEM "file:///etc/passwd"><gpx>${twoPoints}</gpx>`).message).toBe("GPX with a DOCTYPE is not accepted")
    expect(refusal(gpxOf(`<!ENTITY x "y">${twoPoints}`)).message).toBe("GPX with a DOCTYPE is not accepted")
    // What xmldom reports only as a warning or an error, and would otherwise read on past.
    expect(refusal(gpxOf(`<metadata><name>Wurst&nbsp;Tour</name></metadata>${twoPoints}`)).message).toMatch(/not well-formed XML.*entity not found/)
    expect(refusal(gpxOf('<trk><trkseg><trkpt lat=49.1 lon="11.1"/><trkpt lat="49.2" lon="11.2"/></trkseg></trk>')).message).toMatch(/not well-formed XML/)
    expect(refusal(gpxOf(twoPoints) + "<gpx/>").message).toMatch(/not well-formed XML/)
    expect(refusal(gpxOf("<trk><trkseg>")).message).toMatch(/not well-formed XML/)
  })

  it("refuses more than 100,000 points and more than 20 MB", () => {
    const many = Array.from({ length: GPX_MAX_POINTS + 1 }, (_, i) => `<trkpt lat="49.${i}" lon="11.1"/>`).join("")
    expect(refusal(gpxOf(`<trk><trkseg>${many}</trkseg></trk>`)).message).toBe(
      "The GPX has 100,001 track and route points; at most 100,000 are accepted (simplify the track first)"
    )
    expect(refusal("a".repeat(GPX_MAX_BYTES + 1)).message).toBe("The file is larger than 20 MB")
    // Counted in UTF-8 bytes: 10.5 million "ä" are 21 MB.
    expect(refusal("ä".repeat(GPX_MAX_BYTES / 2 + 1)).message).toBe("The file is larger than 20 MB")
  })
})

describe("trackFigures", () => {
  it("measures Bamberg to Bayreuth as the great circle, within 0.5 % of an independent computation", () => {
    const bamberg: TrackPoint = [10.8868, 49.8917, null]
    const bayreuth: TrackPoint = [11.5713, 49.9456, null]
    const expected = vectorDistance({ lat: 49.8917, lon: 10.8868 }, { lat: 49.9456, lon: 11.5713 })
    expect(expected).toBeGreaterThan(49_000)
    expect(expected).toBeLessThan(49_800)
    expect(Math.abs(haversineMetres(bamberg, bayreuth) - expected) / expected).toBeLessThan(0.005)
    const figures = trackFigures([bamberg, bayreuth])
    expect(Math.abs(figures.length_m - expected) / expected).toBeLessThan(0.005)
    expect(Number.isInteger(figures.length_m)).toBe(true)
    expect(figures).toMatchObject({ ascent_m: null, descent_m: null, points: 2, bounds: { min_lat: 49.8917, max_lat: 49.9456, min_lon: 10.8868, max_lon: 11.5713 } })
  })

  it("sums the legs of a track, and a single point is a track of no length", () => {
    const points: TrackPoint[] = [[11.1858, 49.7806, null], [11.3381, 49.7692, null], [11.4083, 49.7717, null], [11.1858, 49.7806, null]]
    let sum = 0
    for (let i = 1; i < points.length; i++) sum += vectorDistance({ lon: points[i - 1][0], lat: points[i - 1][1] }, { lon: points[i][0], lat: points[i][1] })
    expect(Math.abs(trackFigures(points).length_m - sum)).toBeLessThanOrEqual(1)
    expect(trackFigures([[11, 49, 300]])).toEqual({ length_m: 0, ascent_m: null, descent_m: null, bounds: { min_lat: 49, min_lon: 11, max_lat: 49, max_lon: 11 }, points: 1 })
    expect(() => trackFigures([])).toThrow(RangeError)
  })

  it("does not count GPS noise as climbing, but counts a real climb", () => {
    const next = random(7)
    const flat: TrackPoint[] = Array.from({ length: 2_000 }, (_, i) => [11 + i * 0.0001, 49.8, Math.round((300 + (next() - 0.5) * 4) * 10) / 10])
    expect(trackFigures(flat)).toMatchObject({ ascent_m: 0, descent_m: 0 })
    const climb: TrackPoint[] = Array.from({ length: 501 }, (_, i) => [11 + i * 0.0001, 49.8, Math.round((300 + i / 5 + (next() - 0.5) * 4) * 10) / 10])
    const figures = trackFigures(climb)
    expect(figures.ascent_m).toBeGreaterThanOrEqual(94)
    expect(figures.ascent_m).toBeLessThanOrEqual(106)
    expect(figures.descent_m).toBeLessThanOrEqual(6)
    // Up 100 m and down again: both ways counted.
    const hill: TrackPoint[] = Array.from({ length: 201 }, (_, i) => [11 + i * 0.0001, 49.8, 300 + 100 - Math.abs(100 - i)])
    expect(trackFigures(hill)).toMatchObject({ ascent_m: 100, descent_m: 100 })
    // Elevations only where the file has them; one is not enough to tell.
    expect(trackFigures([[11, 49, null], [11.1, 49, 320], [11.2, 49, null]])).toMatchObject({ ascent_m: null, descent_m: null })
    expect(trackFigures([[11, 49, 300], [11.1, 49, null], [11.2, 49, 320]])).toMatchObject({ ascent_m: 20, descent_m: 0 })
  })
})

describe("simplifyForDisplay", () => {
  it("keeps the endpoints and the length of a winding track in at most maxPoints points", () => {
    const track = wigglyTrack(6_000)
    const original = trackFigures(track).length_m
    for (const maxPoints of [400, 150]) {
      const shown = simplifyForDisplay(track, maxPoints)
      expect(shown.length).toBeLessThanOrEqual(maxPoints)
      expect(shown.length).toBeGreaterThan(maxPoints / 3)
      const round5 = (x: number) => Math.round(x * 1e5) / 1e5
      expect(shown[0]).toEqual([round5(track[0][0]), round5(track[0][1]), Math.round(track[0][2]!)])
      expect(shown.at(-1)).toEqual([round5(track.at(-1)![0]), round5(track.at(-1)![1]), Math.round(track.at(-1)![2]!)])
      for (const [lon, lat, ele] of shown) {
        expect(round5(lon)).toBe(lon)
        expect(round5(lat)).toBe(lat)
        expect(ele === null || Number.isInteger(ele)).toBe(true)
      }
      expect(Math.abs(trackFigures(shown).length_m - original) / original).toBeLessThan(0.03)
    }
  })

  it("only rounds a track that is short enough already", () => {
    const track: TrackPoint[] = [[11.123456, 49.654321, 300.46], [11.2, 49.7, null], [11.3, 49.8, 301.5]]
    expect(simplifyForDisplay(track)).toEqual([[11.12346, 49.65432, 300], [11.2, 49.7, null], [11.3, 49.8, 302]])
    expect(simplifyForDisplay(wigglyTrack(400))).toHaveLength(400)
  })
})

describe("writeGpx", () => {
  it("writes GPX 1.1 that parseGpx reads back to the same points and length", () => {
    const track = wigglyTrack(3_000, 3)
    const gpx = writeGpx({ name: "Fränkische Runde", description: "Über Berg und Tal", link: "https://genussnetz.example/touren/runde?a=1&b=2", points: track })
    expect(gpx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="genussnetz" xmlns="http://www.topografix.com/GPX/1/1"')).toBe(true)
    expect(gpx).toContain("<metadata>\n<name>Fränkische Runde</name>\n<desc>Über Berg und Tal</desc>\n<link href=\"https://genussnetz.example/touren/runde?a=1&amp;b=2\"/>\n</metadata>")
    expect(gpx.match(/<trkseg>/g)).toHaveLength(1)
    const back = parseGpx(gpx)
    expect(back.name).toBe("Fränkische Runde")
    expect(back.points).toEqual(track)
    expect(trackFigures(back.points)).toEqual(trackFigures(track))
  })

  it("escapes markup in names and drops characters XML does not allow", () => {
    const name = `Tour <script>&"'`
    const gpx = writeGpx({ name: `${name}\u0000\u0007\uFFFE\uD800`, description: "Zeile 1\nZeile\t2", link: 'https://x.example/"><script>', points: [[11, 49, 300], [11.001, 49.001, null]] })
    expect(gpx).toContain("<name>Tour &lt;script&gt;&amp;&quot;&apos;</name>")
    expect(gpx).not.toContain("<script>")
    expect(gpx).toContain('<link href="https://x.example/&quot;&gt;&lt;script&gt;"/>')
    expect(gpx).not.toMatch(/[\u0000-\u0008\uFFFE\uD800]/)
    const back = parseGpx(gpx)
    expect(back.name).toBe(name)
    expect(back.points).toEqual([[11, 49, 300], [11.001, 49.001, null]])
    expect(() => writeGpx({ name: "x", points: [[11, Number.NaN, null]] })).toThrow(RangeError)
  })

  it("writes and reads back 100,000 points", () => {
    const track = wigglyTrack(GPX_MAX_POINTS, 5)
    const started = performance.now()
    const gpx = writeGpx({ name: "Lange Runde", points: track })
    const written = performance.now()
    const back = parseGpx(gpx)
    const read = performance.now()
    expect(back.points).toHaveLength(GPX_MAX_POINTS)
    expect(back.points).toEqual(track)
    expect(trackFigures(back.points).length_m).toBe(trackFigures(track).length_m)
    // Generous limits for a shared machine; the point is that nothing here is quadratic.
    expect(written - started).toBeLessThan(2_000)
    expect(read - written).toBeLessThan(20_000)
    console.log(`100,000 points: ${(gpx.length / 1e6).toFixed(1)} MB written in ${Math.round(written - started)} ms, read in ${Math.round(read - written)} ms`)
  })
})
