import { experimental_AstroContainer as AstroContainer } from "astro/container"
import { afterEach, describe, expect, it, vi } from "vitest"
import { GET as gpxRoute } from "../../../pages/touren/[handle].gpx"
import type { ShopTourDetail } from "../data"
import TourPage from "../TourPage.astro"
import ToursPage from "../ToursPage.astro"

const tour: ShopTourDetail = {
  id: "ctour_1",
  handle: "kellerweg",
  mode: "bike",
  title: "Über die Keller",
  description: "Eine Runde über drei Keller.\n\nZurück am Fluss entlang.",
  length_m: 23_456,
  ascent_m: 312,
  descent_m: 310,
  bounds: { min_lat: 49.88, min_lon: 10.88, max_lat: 49.93, max_lon: 10.98 },
  point_count: 1200,
  display_track: [
    [10.88, 49.88, 240],
    [10.93, 49.9, 300],
    [10.98, 49.93, null],
    [10.9, 49.91, 250],
    [10.88, 49.88, 240],
  ],
  stops: [
    { kind: "place", handle: "kellerhals-keller", name: "Kellerhals-Keller", place_kind: "beer_cellar", town: "Bamberg", latitude: 49.9, longitude: 10.93, note: "Ein Seidla im Schatten." },
    { kind: "producer", handle: "brauerei-zwingel", name: "Brauhaus Zwingel", place_kind: null, town: "Buttenheim", latitude: 49.93, longitude: 10.98, note: null },
  ],
}

const render = async (component: Parameters<AstroContainer["renderToString"]>[0], props: Record<string, unknown>) =>
  (await (await AstroContainer.create()).renderToString(component, { props })).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, "")

const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1])

describe("a tour's page", () => {
  it("gives its figures, the track as a drawn line with numbered stops, the stops in order and the GPX download", async () => {
    const html = await render(TourPage, { locale: "de", tour })
    expect(html).toContain("<h1>Über die Keller</h1>")
    expect(html).toContain("23,5 km")
    expect(html).toContain("312 m")
    expect(html).toMatch(/<path d="M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}" class="map-track">/)
    expect(html).toContain('aria-label="Station 1: Kellerhals-Keller"')
    expect(html).toContain('aria-label="Station 2: Brauhaus Zwingel"')
    expect(html).toMatch(/<ol class="tour-stops">.*href="\/genussorte\/kellerhals-keller".*Bierkeller · Bamberg.*Ein Seidla im Schatten\..*href="\/produzenten\/brauerei-zwingel"/s)
    expect(html).toContain('<a href="/touren/kellerweg.gpx" type="application/gpx+xml" download>')
    // A loop: start marked, no separate finish.
    expect(html).toContain('class="map-start"')
    expect(html).not.toContain('class="map-finish"')
  })

  it("links the same GPX file from the English page", async () => {
    const html = await render(TourPage, { locale: "en", tour })
    expect(html).toContain("23.5 km")
    expect(html).toContain('href="/touren/kellerweg.gpx"')
    expect(html).toContain('href="/en/places/kellerhals-keller"')
    expect(html).toContain('aria-label="Stop 2: Brauhaus Zwingel"')
  })

  it("describes itself as a TouristTrip with its stops as the itinerary", async () => {
    const ld = jsonLdOf(await render(TourPage, { locale: "de", tour }))
    expect(ld["@type"]).toBe("TouristTrip")
    expect(ld.touristType).toBe("Radfahrer")
    expect(ld.distance).toBe("23.5 km")
    expect(ld.itinerary.numberOfItems).toBe(2)
    expect(ld.itinerary.itemListElement[0]).toEqual({
      "@type": "ListItem",
      position: 1,
      item: {
        "@type": "BarOrPub",
        name: "Kellerhals-Keller",
        url: "https://shop.example/genussorte/kellerhals-keller",
        address: { "@type": "PostalAddress", addressLocality: "Bamberg", addressCountry: "DE" },
        geo: { "@type": "GeoCoordinates", latitude: 49.9, longitude: 10.93 },
      },
    })
    expect(ld.itinerary.itemListElement[1].item["@type"]).toBe("LocalBusiness")
  })

  it("still shows a tour without elevations or stops", async () => {
    const html = await render(TourPage, { locale: "de", tour: { ...tour, ascent_m: null, descent_m: null, stops: [] } })
    expect(html).not.toContain("Anstieg")
    expect(html).not.toContain("tour-stops")
    expect(html).toContain('class="map-track"')
  })
})

describe("the tours page", () => {
  it("lists the tours with mode, length and ascent, and the ways of travel to choose from", async () => {
    const html = await render(ToursPage, { locale: "de", tours: [tour], mode: "bike" })
    expect(html).toContain("<h1>Touren: Mit dem Rad</h1>")
    expect(html).toMatch(/<a href="\/touren\?art=bike" aria-current="page">Mit dem Rad<\/a>/)
    expect(html).toContain('href="/touren/kellerweg"')
    expect(html).toMatch(/Mit dem Rad<\/span><span>23,5 km<\/span><span>Anstieg 312 m<\/span>/)
    expect(html).toContain("Eine Runde über drei Keller.")
    expect(html).not.toContain("Zurück am Fluss")
  })
})

describe("the GPX download", () => {
  afterEach(() => vi.unstubAllGlobals())

  const call = (handle: string) => {
    const locals = {} as App.Locals
    const rewrite = vi.fn(async (path: string) => new Response(`rewritten to ${path}`, { status: 404 }))
    const context = { params: { handle }, rewrite, locals } as unknown as Parameters<typeof gpxRoute>[0]
    return { response: gpxRoute(context) as Promise<Response>, rewrite, locals }
  }

  it("passes the backend's file on as an attachment", async () => {
    const fetch = vi.fn(async () => new Response('<?xml version="1.0"?><gpx/>', { status: 200 }))
    vi.stubGlobal("fetch", fetch)
    const { response, locals } = call("kellerweg")
    const answer = await response
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe("http://127.0.0.1:9/store/tours/kellerweg/gpx")
    expect(answer.status).toBe(200)
    expect(answer.headers.get("content-type")).toBe("application/gpx+xml; charset=utf-8")
    expect(answer.headers.get("content-disposition")).toBe('attachment; filename="kellerweg.gpx"')
    expect(await answer.text()).toBe('<?xml version="1.0"?><gpx/>')
    expect(locals.cache).toBe("public")
  })

  it("answers the 404 page for a tour the backend does not know, and does not ask for a handle that cannot be one", async () => {
    const fetch = vi.fn(async () => new Response("", { status: 404 }))
    vi.stubGlobal("fetch", fetch)
    const unknown = call("nope")
    expect((await unknown.response).status).toBe(404)
    expect(unknown.rewrite).toHaveBeenCalledWith("/404")
    const bad = call("Nope_../x")
    expect((await bad.response).status).toBe(404)
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
