import { describe, expect, it } from "vitest"
import { certifications, localBusiness, serializeJsonLd } from "../json-ld"

const claim = (label: string, state: string, valid_until: string | null = "2027-12-31") => ({
  label,
  issuer: "Kontrollstelle DE-ÖKO-006",
  valid_from: "2025-01-01",
  valid_until,
  state,
})

describe("certifications", () => {
  it("turns only valid claims into certifications", () => {
    const result = certifications([
      claim("Bioland", "valid"),
      claim("EU-Bio", "pending"),
      claim("Regional geprüft", "expired", "2024-12-31"),
      claim("g.g.A. Bamberger Hörnla", "not_yet_valid"),
    ])
    expect(result).toEqual([
      {
        "@type": "Certification",
        name: "Bioland",
        issuedBy: { "@type": "Organization", name: "Kontrollstelle DE-ÖKO-006" },
        validFrom: "2025-01-01",
        expires: "2027-12-31",
        certificationStatus: "https://schema.org/CertificationActive",
      },
    ])
  })

  it("leaves out the expiry of a certificate valid without end", () => {
    const [certificate] = certifications([claim("Handwerkliche Schlachtung", "valid", null)])
    expect(certificate).not.toHaveProperty("expires")
    expect(certificate.name).toBe("Handwerkliche Schlachtung")
  })
})

describe("localBusiness", () => {
  const producer = {
    name: "Brauerei Knoblach",
    handle: "brauerei-knoblach",
    town: "Schammelsdorf",
    district: "Bamberg",
    postal_code: "96123",
    latitude: 49.9391,
    longitude: 10.9802,
  }

  it("names the business with its address and place, without certification when it holds no valid one", () => {
    const business = localBusiness(producer, "https://shop.example/produzenten/brauerei-knoblach", [claim("EU-Bio", "pending")])
    expect(business).toEqual({
      "@type": "LocalBusiness",
      "@id": "https://shop.example/produzenten/brauerei-knoblach#business",
      name: "Brauerei Knoblach",
      url: "https://shop.example/produzenten/brauerei-knoblach",
      address: { "@type": "PostalAddress", addressLocality: "Schammelsdorf", postalCode: "96123", addressRegion: "Bamberg", addressCountry: "DE" },
      geo: { "@type": "GeoCoordinates", latitude: 49.9391, longitude: 10.9802 },
    })
  })

  it("lists its valid certifications", () => {
    const business = localBusiness(producer, "https://shop.example/x", [claim("Bioland", "valid"), claim("EU-Bio", "expired")])
    expect(business.hasCertification?.map((c) => c.name)).toEqual(["Bioland"])
  })
})

describe("serializeJsonLd", () => {
  it("cannot close the script element it sits in", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script> & Co" })
    expect(text).toBe('{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 Co"}')
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script> & Co" })
  })
})
