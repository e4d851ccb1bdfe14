/**
 * schema.org JSON-LD for product and producer pages. Serialised so that no user-written
 * text can close the <script> element it sits in.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026")
}

type Producer = {
  name: string
  handle: string
  town: string
  district: string
  postal_code?: string | null
  latitude: number
  longitude: number
  website?: string | null
}

type Claim = { label: string; issuer: string; valid_from: string; valid_until: string | null; state: string }

export function localBusiness(producer: Producer, url: string, claims: Claim[] = []) {
  const certified = certifications(claims)
  return {
    "@type": "LocalBusiness",
    "@id": `${url}#business`,
    name: producer.name,
    url,
    address: {
      "@type": "PostalAddress",
      addressLocality: producer.town,
      postalCode: producer.postal_code ?? undefined,
      addressRegion: producer.district,
      addressCountry: "DE",
    },
    geo: { "@type": "GeoCoordinates", latitude: producer.latitude, longitude: producer.longitude },
    ...(certified.length ? { hasCertification: certified } : {}),
  }
}

/** Only valid claims become certifications: a pending or expired one is no certificate. */
export function certifications(claims: Claim[]) {
  return claims
    .filter((claim) => claim.state === "valid")
    .map((claim) => ({
      "@type": "Certification",
      name: claim.label,
      issuedBy: { "@type": "Organization", name: claim.issuer },
      validFrom: claim.valid_from,
      ...(claim.valid_until ? { expires: claim.valid_until } : {}),
      certificationStatus: "https://schema.org/CertificationActive",
    }))
}
