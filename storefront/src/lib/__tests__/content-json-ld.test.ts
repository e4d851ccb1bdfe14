import { describe, expect, it } from "vitest"
import { PLACE_KIND_KEYS } from "../i18n"
import { placeJsonLd, placeSchemaType, serializeJsonLd, storyJsonLd } from "../json-ld"

describe("a Genussort's schema.org type", () => {
  it("is a pub for a Bierkeller and a tap room, a restaurant, a café or a store", () => {
    expect(Object.fromEntries(PLACE_KIND_KEYS.map((kind) => [kind, placeSchemaType(kind)]))).toEqual({
      beer_cellar: "BarOrPub",
      tap_room: "BarOrPub",
      farm_shop: "Store",
      market_hall: "Store",
      restaurant: "Restaurant",
      cafe: "CafeOrCoffeeShop",
    })
    expect(placeSchemaType("castle")).toBe("LocalBusiness")
    expect(placeSchemaType(null)).toBe("LocalBusiness")
  })

  it("leaves out hours, picture, website and producer it does not have", () => {
    const ld = placeJsonLd(
      {
        kind: "farm_shop",
        name: "Hofladen",
        description: "Eier und Kartoffeln.",
        address: { street: "Dorfstraße 1", postal_code: "95028", town: "Hof", latitude: 50.31, longitude: 11.91 },
        website_url: null,
        image_url: null,
        producer: null,
      },
      "https://shop.example/genussorte/hofladen",
      []
    )
    expect(Object.keys(ld).sort()).toEqual(["@context", "@id", "@type", "address", "description", "geo", "name", "url"])
  })
})

describe("a story's schema.org Article", () => {
  it("names no producers or products it does not have, and its text cannot close the script element", () => {
    const ld = storyJsonLd(
      { title: "</script><script>alert(1)</script>", teaser: "", author: "A", published_at: "2026-12-04T09:00:00.000Z", image_url: null },
      "https://shop.example/geschichten/x",
      { inLanguage: "de", publisher: "genussnetz", producers: [], products: [] }
    )
    expect(ld).not.toHaveProperty("about")
    expect(ld).not.toHaveProperty("mentions")
    expect(serializeJsonLd(ld)).not.toContain("</script")
  })
})
