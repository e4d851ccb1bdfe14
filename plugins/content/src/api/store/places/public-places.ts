import { publicProducer } from "../../utils/public-content"

/** What the shop shows of a Genussort: never a draft's, never the association's internal fields. */
export const PUBLIC_PLACE_FIELDS = [
  "id",
  "handle",
  "kind",
  "name",
  "description",
  "street",
  "postal_code",
  "town",
  "latitude",
  "longitude",
  "opening_hours",
  "opening_note",
  "website_url",
  "image_url",
  "producer.id",
  "producer.handle",
  "producer.name",
  "producer.status",
]

type Row = Record<string, any>

/** A Genussort as a store route answers it. */
export function publicPlace(place: Row) {
  return {
    id: place.id,
    handle: place.handle,
    kind: place.kind,
    name: place.name,
    description: place.description,
    address: { street: place.street, postal_code: place.postal_code, town: place.town, latitude: place.latitude, longitude: place.longitude },
    opening_hours: (place.opening_hours ?? []).map((rule: Row) => ({
      days: rule.days,
      opens: rule.opens,
      closes: rule.closes,
      from: rule.from ?? null,
      until: rule.until ?? null,
    })),
    opening_note: place.opening_note ?? null,
    website_url: place.website_url ?? null,
    image_url: place.image_url ?? null,
    producer: publicProducer(place.producer),
  }
}
