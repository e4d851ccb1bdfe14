import { experimental_AstroContainer as AstroContainer } from "astro/container"
import { describe, expect, it } from "vitest"
import type { ShopTour } from "../../tours/data"
import type { ShopPlace } from "../data"
import { placesByTown } from "../load-places"
import PlacePage from "../PlacePage.astro"
import PlacesPage from "../PlacesPage.astro"

const place = (overrides: Partial<ShopPlace> = {}): ShopPlace => ({
  id: "cplace_1",
  handle: "kellerhals-keller",
  kind: "beer_cellar",
  name: "Kellerhals-Keller",
  description: "Der Sommerkeller am Stephansberg.\n\nUnter alten Linden <script>alert(1)</script>.",
  address: { street: "Am Kellerberg 7", postal_code: "96049", town: "Bamberg", latitude: 49.885, longitude: 10.88 },
  opening_hours: [
    { days: [1, 2, 3, 4, 5], opens: "16:00", closes: "23:00", from: "05-01", until: "09-30" },
    { days: [6, 7], opens: "11:00", closes: "24:00", from: "05-01", until: "09-30" },
  ],
  opening_note: "Nur bei trockenem Wetter.",
  website_url: "https://keller.example/",
  image_url: null,
  producer: { id: "prod_1", handle: "brauerei-kellerhals", name: "Brauerei Kellerhals" },
  ...overrides,
})

const tour: ShopTour = {
  id: "ctour_1",
  handle: "kellerweg",
  mode: "walk",
  title: "Der Kellerweg",
  description: "Von Keller zu Keller.",
  length_m: 12_345,
  ascent_m: 240,
  descent_m: 240,
  bounds: { min_lat: 49.8, min_lon: 10.8, max_lat: 49.9, max_lon: 10.9 },
}

/** The component's HTML without the source locations the dev build adds to every element. */
const render = async (component: Parameters<AstroContainer["renderToString"]>[0], props: Record<string, unknown>) =>
  (await (await AstroContainer.create()).renderToString(component, { props })).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, "")

const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1])

describe("a Genussort's page", () => {
  // Wednesday 2 June 2027, 18:30 in Berlin (summer time).
  const inSeason = new Date("2027-06-02T16:30:00Z")

  it("says it is open now, in Berlin time, and gives its hours, note, address, producer and website", async () => {
    const html = await render(PlacePage, { locale: "de", place: place(), events: [], tours: [tour], now: inSeason })
    expect(html).toContain("Jetzt geöffnet")
    expect(html).toContain("Stand: 18:30 Uhr")
    expect(html).toContain("Mo–Fr 16:00–23:00, 1. Mai – 30. Sept.")
    expect(html).toContain("Sa, So 11:00–24:00, 1. Mai – 30. Sept.")
    expect(html).toContain("Nur bei trockenem Wetter.")
    expect(html).toContain("Am Kellerberg 7")
    expect(html).toContain('href="/produzenten/brauerei-kellerhals"')
    expect(html).toContain('href="https://keller.example/"')
    expect(html).toContain('href="/touren/kellerweg"')
    expect(html).toContain("12,3 km")
    // Its text is text.
    expect(html).not.toContain("<script>alert(1)")
    expect(html).toContain("&lt;script&gt;")
    // The small map links the place itself.
    expect(html).toMatch(/<figure class="producer-map place-map"/)
  })

  it("says it is closed out of season, in English too", async () => {
    const html = await render(PlacePage, { locale: "en", place: place(), events: [], tours: [], now: new Date("2027-12-01T17:00:00Z") })
    expect(html).toContain("Closed now")
    expect(html).toContain("Mon–Fri 16:00–23:00, 1 May – 30 Sept")
    expect(html).toContain('href="/en/producers/brauerei-kellerhals"')
    expect(html).not.toContain("Tours that pass by")
  })

  it("describes itself to search engines as a pub with its address, place and the coming season's hours", async () => {
    const ld = jsonLdOf(await render(PlacePage, { locale: "de", place: place(), events: [], tours: [], now: new Date("2027-11-10T12:00:00Z") }))
    expect(ld["@type"]).toBe("BarOrPub")
    expect(ld.url).toBe("https://shop.example/genussorte/kellerhals-keller")
    expect(ld.address).toEqual({ "@type": "PostalAddress", streetAddress: "Am Kellerberg 7", postalCode: "96049", addressLocality: "Bamberg", addressCountry: "DE" })
    expect(ld.geo).toEqual({ "@type": "GeoCoordinates", latitude: 49.885, longitude: 10.88 })
    expect(ld.openingHoursSpecification[1]).toEqual({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ["https://schema.org/Saturday", "https://schema.org/Sunday"],
      opens: "11:00",
      closes: "23:59",
      validFrom: "2028-05-01",
      validThrough: "2028-09-30",
    })
    expect(ld.parentOrganization).toEqual({ "@type": "Organization", name: "Brauerei Kellerhals", url: "https://shop.example/produzenten/brauerei-kellerhals" })
  })

  it("has no open-or-closed line without hours, and leaves out a website that is not http(s)", async () => {
    const html = await render(PlacePage, { locale: "de", place: place({ opening_hours: [], website_url: "javascript:alert(1)", producer: null }), events: [], tours: [], now: inSeason })
    expect(html).not.toContain("Jetzt ge")
    expect(html).toContain("Keine festen Öffnungszeiten.")
    expect(html).not.toContain("javascript:")
    expect(html).not.toContain("Betrieben von")
  })
})

describe("the Genussorte page", () => {
  const places = [
    place(),
    place({ id: "cplace_2", handle: "hofladen-hof", kind: "farm_shop", name: "Hofladen Zum Hof", address: { street: "Dorfstraße 1", postal_code: "95028", town: "Hof", latitude: 50.31, longitude: 11.91 }, opening_hours: [] }),
    place({ id: "cplace_3", handle: "altes-cafe", kind: "cafe", name: "Altes Café", address: { street: "Markt 2", postal_code: "96047", town: "Bamberg", latitude: 49.89, longitude: 10.89 } }),
  ]

  it("groups the places by town, in German alphabetical order", () => {
    expect(placesByTown(places).map(({ town, places: inTown }) => [town, inTown.map((p) => p.handle)])).toEqual([
      ["Bamberg", ["altes-cafe", "kellerhals-keller"]],
      ["Hof", ["hofladen-hof"]],
    ])
  })

  it("shows them on the map and by town, with the kinds to choose from", async () => {
    const html = await render(PlacesPage, { locale: "de", places, towns: placesByTown(places), kind: undefined, now: new Date("2027-06-02T16:30:00Z") })
    expect(html).toContain("<h1>Genussorte</h1>")
    expect(html).toContain('href="/genussorte?art=beer_cellar"')
    expect(html).toMatch(/<h2[^>]*>Bamberg<\/h2>/)
    expect(html).toMatch(/<h2[^>]*>Hof<\/h2>/)
    expect(html.match(/class="map-dot"/g)).toHaveLength(3)
    expect(html).toContain('href="/genussorte/hofladen-hof"')
    // Open at that moment: the two Bamberg places, not the farm shop without hours.
    expect(html.match(/place-open-badge/g)).toHaveLength(2)
  })

  it("names the chosen kind and says when there is none", async () => {
    const html = await render(PlacesPage, { locale: "en", places: [], towns: [], kind: "cafe", now: new Date() })
    expect(html).toContain("<h1>Café</h1>")
    expect(html).toMatch(/<a href="\/en\/places\?art=cafe" aria-current="page"/)
    expect(html).toContain("No place is listed here yet.")
  })
})
