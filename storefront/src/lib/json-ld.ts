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

type ShopEventForJsonLd = {
  title: string
  description: string
  status: "published" | "cancelled"
  all_day: boolean
  place: { name: string; street: string | null; postal_code: string | null; town: string; latitude: number; longitude: number }
  organiser: string
  image_url: string | null
  ticket_url: string | null
  price: number | null
}

/**
 * schema.org Event for one date of an event (a weekly market's next one): a cancelled event says
 * so by `eventStatus`, as search engines read it. Dates in Berlin time with their offset.
 */
export function eventJsonLd(event: ShopEventForJsonLd, url: string, dates: { startDate: string; endDate: string }) {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.description,
    url,
    startDate: dates.startDate,
    endDate: dates.endDate,
    eventStatus: event.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: event.place.name,
      address: {
        "@type": "PostalAddress",
        streetAddress: event.place.street ?? undefined,
        postalCode: event.place.postal_code ?? undefined,
        addressLocality: event.place.town,
        addressCountry: "DE",
      },
      geo: { "@type": "GeoCoordinates", latitude: event.place.latitude, longitude: event.place.longitude },
    },
    organizer: { "@type": "Organization", name: event.organiser },
    ...(event.image_url ? { image: event.image_url } : {}),
    ...(event.price !== null || event.ticket_url
      ? { offers: { "@type": "Offer", ...(event.price !== null ? { price: event.price.toFixed(2), priceCurrency: "EUR" } : {}), ...(event.ticket_url ? { url: event.ticket_url } : {}) } }
      : {}),
  }
}
