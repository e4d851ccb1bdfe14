/**
 * schema.org JSON-LD for the shop's pages (products, producers, events, Genussorte, tours,
 * stories). Serialised so that no user-written text can close the <script> element it sits in.
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

/** The schema.org type of each kind of Genussort: a place to drink, to eat, to have coffee, or to buy. */
const PLACE_TYPES: Record<string, string> = {
  beer_cellar: "BarOrPub",
  tap_room: "BarOrPub",
  restaurant: "Restaurant",
  cafe: "CafeOrCoffeeShop",
  farm_shop: "Store",
  market_hall: "Store",
}

/** The schema.org type of a Genussort of this kind (LocalBusiness for one the shop does not know). */
export const placeSchemaType = (kind: string | null | undefined) => (kind && PLACE_TYPES[kind]) || "LocalBusiness"

const SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

type PlaceForJsonLd = {
  kind: string
  name: string
  description: string
  address: { street: string; postal_code: string; town: string; latitude: number; longitude: number }
  website_url: string | null
  image_url: string | null
  producer: { name: string } | null
}

/** One opening-hours rule with the dates of its coming season (none for a rule of the whole year). */
type OpeningForJsonLd = { days: readonly number[]; opens: string; closes: string; validFrom?: string; validThrough?: string }

/**
 * schema.org LocalBusiness (BarOrPub, Restaurant, CafeOrCoffeeShop, Store) for a Genussort, with
 * its hours: a seasonal rule carries the dates of its current or next season. "24:00" is written
 * as 23:59, the way search engines read "until midnight".
 */
export function placeJsonLd(place: PlaceForJsonLd, url: string, opening: readonly OpeningForJsonLd[], producerUrl: string | null = null) {
  return {
    "@context": "https://schema.org",
    "@type": placeSchemaType(place.kind),
    "@id": `${url}#place`,
    name: place.name,
    description: place.description,
    url,
    address: {
      "@type": "PostalAddress",
      streetAddress: place.address.street,
      postalCode: place.address.postal_code,
      addressLocality: place.address.town,
      addressCountry: "DE",
    },
    geo: { "@type": "GeoCoordinates", latitude: place.address.latitude, longitude: place.address.longitude },
    ...(place.image_url ? { image: place.image_url } : {}),
    ...(place.website_url ? { sameAs: place.website_url } : {}),
    ...(opening.length
      ? {
          openingHoursSpecification: opening.map((rule) => ({
            "@type": "OpeningHoursSpecification",
            dayOfWeek: rule.days.map((day) => `https://schema.org/${SCHEMA_DAYS[day - 1]}`),
            opens: rule.opens,
            closes: rule.closes === "24:00" ? "23:59" : rule.closes,
            ...(rule.validFrom && rule.validThrough ? { validFrom: rule.validFrom, validThrough: rule.validThrough } : {}),
          })),
        }
      : {}),
    ...(place.producer ? { parentOrganization: { "@type": "Organization", name: place.producer.name, ...(producerUrl ? { url: producerUrl } : {}) } } : {}),
  }
}

type TourForJsonLd = { title: string; description: string }
type StopForJsonLd = { name: string; url: string; kind: "place" | "producer"; place_kind: string | null; town: string; latitude: number; longitude: number }

/**
 * schema.org TouristTrip for a tour: its stops in order as the itinerary (each a place with its
 * coordinates), who it is for, and its length. (`distance` is schema.org's property of a journey
 * — TravelAction — rather than of a Trip; it is given here for readers of the data, not for a
 * rich result.)
 */
export function tourJsonLd(tour: TourForJsonLd, url: string, options: { touristType: string; distance: string; stops: readonly StopForJsonLd[] }) {
  return {
    "@context": "https://schema.org",
    "@type": "TouristTrip",
    name: tour.title,
    description: tour.description,
    url,
    touristType: options.touristType,
    distance: options.distance,
    itinerary: {
      "@type": "ItemList",
      numberOfItems: options.stops.length,
      itemListElement: options.stops.map((stop, index) => ({
        "@type": "ListItem",
        position: index + 1,
        item: {
          "@type": stop.kind === "place" ? placeSchemaType(stop.place_kind) : "LocalBusiness",
          name: stop.name,
          url: stop.url,
          address: { "@type": "PostalAddress", addressLocality: stop.town, addressCountry: "DE" },
          geo: { "@type": "GeoCoordinates", latitude: stop.latitude, longitude: stop.longitude },
        },
      })),
    },
  }
}

type StoryForJsonLd = { title: string; teaser: string; author: string; published_at: string; image_url: string | null }

/** schema.org Article for a story: who wrote it and when, in which language, the producers it is about and the products it mentions. */
export function storyJsonLd(
  story: StoryForJsonLd,
  url: string,
  options: { inLanguage: string; publisher: string; producers: readonly { name: string; url: string }[]; products: readonly { name: string; url: string }[] }
) {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: story.title,
    description: story.teaser,
    url,
    mainEntityOfPage: url,
    author: { "@type": "Person", name: story.author },
    datePublished: story.published_at,
    inLanguage: options.inLanguage,
    publisher: { "@type": "Organization", name: options.publisher },
    ...(story.image_url ? { image: story.image_url } : {}),
    ...(options.producers.length ? { about: options.producers.map((producer) => ({ "@type": "Organization", name: producer.name, url: producer.url })) } : {}),
    ...(options.products.length ? { mentions: options.products.map((product) => ({ "@type": "Product", name: product.name, url: product.url })) } : {}),
  }
}
