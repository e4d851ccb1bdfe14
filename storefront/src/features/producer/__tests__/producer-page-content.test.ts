import { experimental_AstroContainer as AstroContainer } from "astro/container"
import { describe, expect, it } from "vitest"
import HomePage from "../../home/HomePage.astro"
import ProductPage from "../../product/ProductPage.astro"
import type { ProductPageData } from "../../product/data"
import type { Producer, ProducerContent } from "../data"
import ProducerPage from "../ProducerPage.astro"

const render = async (component: Parameters<AstroContainer["renderToString"]>[0], props: Record<string, unknown>) =>
  (await (await AstroContainer.create()).renderToString(component, { props })).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, "")

const producer = {
  id: "prod_1",
  handle: "brauerei-kellerhals",
  name: "Brauerei Kellerhals",
  craft: "brewery",
  tagline: null,
  story: "Rauchbier seit 1850.",
  town: "Bamberg",
  district: "Bamberg",
  postal_code: "96049",
  latitude: 49.89,
  longitude: 10.89,
  website: null,
  status: "active",
  farm_shop: false,
  pickup: true,
  opening_hours: [],
  photos: [],
  products: [],
  claims: [],
  suppliers: [],
  customers: [],
} as unknown as Producer

const market = {
  id: "cevent_1",
  handle: "bauernmarkt",
  kind: "market",
  status: "published",
  title: "Bauernmarkt",
  place: { handle: null, name: "Maxplatz", street: null, postal_code: "96047", town: "Bamberg", latitude: 49.89, longitude: 10.89 },
}

const content: ProducerContent = {
  events: [{ day: "2027-05-01", entries: [{ event: market as never, starts_local: "2027-05-01T08:00", ends_local: "2027-05-01T13:00" }] }],
  places: [
    {
      id: "cplace_1",
      handle: "kellerhals-keller",
      kind: "beer_cellar",
      name: "Kellerhals-Keller",
      description: "",
      address: { street: "Am Kellerberg 7", postal_code: "96049", town: "Bamberg", latitude: 49.885, longitude: 10.88 },
      opening_hours: [],
      opening_note: null,
      website_url: null,
      image_url: null,
      producer: null,
    },
  ],
  tours: [{ id: "ctour_1", handle: "kellerweg", mode: "walk", title: "Der Kellerweg", description: "", length_m: 8000, ascent_m: null, descent_m: null, bounds: { min_lat: 0, min_lon: 0, max_lat: 0, max_lon: 0 } }],
  stories: [{ id: "cstory_1", handle: "rauch", title: "Vom Rauch im Bier", teaser: "Warum das Malz geräuchert wird.", author: "Lena Hofmann", image_url: null, published_at: "2026-12-04T09:00:00.000Z" }],
}

const none: ProducerContent = { events: [], places: [], tours: [], stories: [] }

describe("a producer's page", () => {
  it("lists its coming events, its Genussorte, the tours stopping there and the stories about it", async () => {
    const html = await render(ProducerPage, { locale: "de", producer, products: [], content })
    expect(html).toContain("Demnächst mit diesem Betrieb")
    expect(html).toContain('href="/veranstaltungen/bauernmarkt"')
    expect(html).toContain("Genussorte dieses Betriebs")
    expect(html).toContain('href="/genussorte/kellerhals-keller"')
    expect(html).toContain("Bierkeller · Am Kellerberg 7, Bamberg")
    expect(html).toContain('href="/touren/kellerweg"')
    expect(html).toContain("8,0 km")
    expect(html).toContain('href="/geschichten/rauch"')
  })

  it("shows none of these sections when there is nothing (or it could not be read)", async () => {
    const html = await render(ProducerPage, { locale: "en", producer, products: [], content: none })
    for (const heading of ["Coming up with this producer", "This producer's places", "Tours that stop here", "Stories about this producer"]) expect(html).not.toContain(heading)
    expect(html).toContain("<h1>Brauerei Kellerhals</h1>")
  })
})

describe("a product's page", () => {
  const product = {
    id: "prod_01",
    handle: "rauchbier",
    title: "Rauchbier",
    description: "Dunkel, rauchig.",
    images: [],
    producer: { id: "prod_1", handle: "brauerei-kellerhals", name: "Brauerei Kellerhals", craft: "brewery", tagline: null, story: "", town: "Bamberg", district: "Bamberg", status: "active" },
    variants: [],
  } as unknown as ProductPageData

  it("lists the stories about the product and its producer's coming events", async () => {
    const html = await render(ProductPage, { locale: "de", product, provenance: null, stories: content.stories, events: content.events })
    expect(html).toContain("Geschichten zu diesem Produkt")
    expect(html).toContain('href="/geschichten/rauch"')
    expect(html).toContain("Demnächst mit Brauerei Kellerhals")
    expect(html).toContain('href="/veranstaltungen/bauernmarkt"')
  })

  it("shows as before without them", async () => {
    const html = await render(ProductPage, { locale: "de", product, provenance: null })
    expect(html).not.toContain("Geschichten zu diesem Produkt")
    expect(html).not.toContain("Demnächst mit")
  })
})

describe("the home page", () => {
  const home = { locale: "de", producers: [], products: [], towns: [], seasonal: [], whatsOn: [] }

  it("links the tours, the Genussorte and the stories, with the newest stories", async () => {
    const html = await render(HomePage, { ...home, stories: content.stories })
    expect(html).toContain("Touren &amp; Geschichten")
    expect(html).toContain('href="/touren"')
    expect(html).toContain('href="/genussorte"')
    expect(html).toContain('href="/geschichten"')
    expect(html).toContain('href="/geschichten/rauch"')
  })

  it("still links the tours when the stories could not be read", async () => {
    const html = await render(HomePage, { ...home, locale: "en", stories: [] })
    expect(html).toContain('href="/en/tours"')
    expect(html).not.toContain("story-list")
  })
})
