import { describe, expect, it } from "vitest"
import type { ProductProvenance } from "../../chain/data"
import type { ProductPageData } from "../data"
import { productJsonLd } from "../json-ld"

const producer = {
  id: "prod_brauerei",
  handle: "brauerei-knoblach",
  name: "Brauerei Knoblach",
  craft: "brewery",
  town: "Schammelsdorf",
  district: "Bamberg",
  latitude: 49.9391,
  longitude: 10.9802,
}

const product = {
  id: "prod_01",
  handle: "rauchbier",
  title: "Rauchbier",
  description: "Dunkel, rauchig.",
  thumbnail: "https://shop.example/static/rauchbier.svg",
  images: [{ id: "img_1", url: "https://shop.example/static/rauchbier.svg" }],
  producer: { handle: "brauerei-knoblach", name: "Brauerei Knoblach", craft: "brewery", tagline: null, story: "", town: "Schammelsdorf", district: "Bamberg" },
  variants: [
    { id: "variant_1", title: "0,5 l", manage_inventory: true, allow_backorder: false, inventory_quantity: 12, calculated_price: { calculated_amount: 2.9, currency_code: "eur" } },
    { id: "variant_2", title: "Kasten 20 × 0,5 l", manage_inventory: true, allow_backorder: false, inventory_quantity: 0, calculated_price: { calculated_amount: 42, currency_code: "eur" } },
    { id: "variant_3", title: "Fass", manage_inventory: false, allow_backorder: false, inventory_quantity: null, calculated_price: null },
  ],
} as unknown as ProductPageData

const validity = { valid_from: "2025-01-01", valid_until: "2027-12-31", control_body_code: null, evidence_url: null }
const provenance = {
  nodes: [{ id: "n1", kind: "product", product_id: "prod_01", producer, regional: true }],
  claims: [
    { id: "c1", type: "pgi", label: "g.g.A. Bamberger Rauchbier", issuer: "EU", state: "valid", producer_id: "prod_brauerei", product_id: "prod_01", ...validity },
    { id: "c2", type: "eu_organic", label: "EU-Bio", issuer: "DE-ÖKO-006", state: "pending", producer_id: "prod_brauerei", product_id: "prod_01", ...validity },
    { id: "c3", type: "regional_verified", label: "Regional geprüft", issuer: "Verband", state: "valid", producer_id: "prod_brauerei", product_id: null, ...validity },
    { id: "c4", type: "bioland", label: "Bioland", issuer: "Bioland e.V.", state: "valid", producer_id: "prod_other", product_id: null, ...validity },
  ],
} as unknown as ProductProvenance

describe("productJsonLd", () => {
  const data = productJsonLd("de", product, provenance)

  it("offers each priced variant with its price to the cent, its currency in ISO letters and its stock", () => {
    expect(data.offers).toEqual([
      { "@type": "Offer", name: "0,5 l", price: "2.90", priceCurrency: "EUR", availability: "https://schema.org/InStock", url: "https://shop.example/produkte/rauchbier" },
      { "@type": "Offer", name: "Kasten 20 × 0,5 l", price: "42.00", priceCurrency: "EUR", availability: "https://schema.org/OutOfStock", url: "https://shop.example/produkte/rauchbier" },
    ])
  })

  it("certifies the product with its valid claims only", () => {
    expect(data.hasCertification?.map((c) => c.name)).toEqual(["g.g.A. Bamberger Rauchbier"])
  })

  it("names the maker with the maker's own valid claims, not another producer's", () => {
    expect(data.manufacturer?.["@id"]).toBe("https://shop.example/produzenten/brauerei-knoblach#business")
    expect(data.manufacturer?.hasCertification?.map((c) => c.name)).toEqual(["Regional geprüft"])
  })

  it("links the English page in English", () => {
    const english = productJsonLd("en", product, null)
    expect(english.url).toBe("https://shop.example/en/products/rauchbier")
    expect(english).not.toHaveProperty("manufacturer")
    expect(english).not.toHaveProperty("hasCertification")
  })
})
