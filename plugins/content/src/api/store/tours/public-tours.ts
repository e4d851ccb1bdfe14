import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkedContentIds, publicProducer } from "../../utils/public-content"

/** What a tour list shows: figures and words, never the track. */
export const PUBLIC_TOUR_FIELDS = ["id", "handle", "mode", "title", "description", "length_m", "ascent_m", "descent_m", "min_lat", "min_lon", "max_lat", "max_lon"]

/** A tour's page: the list's fields, the map's simplified track, the stops with their places and producers. */
export const PUBLIC_TOUR_DETAIL_FIELDS = [
  ...PUBLIC_TOUR_FIELDS,
  "display_track",
  "point_count",
  "stops.id",
  "stops.position",
  "stops.producer_id",
  "stops.place.handle",
  "stops.place.status",
  "stops.place.name",
  "stops.place.kind",
  "stops.place.town",
  "stops.place.latitude",
  "stops.place.longitude",
]

type Row = Record<string, any>

/** A stop as the shop shows it: a Genussort or a producer, where it is, what to do there. */
type PublicStop = {
  kind: "place" | "producer"
  handle: string
  name: string
  place_kind: string | null
  town: string
  latitude: number
  longitude: number
  note: string | null
}

/** A tour as the shop's lists show it. */
export function publicTour(tour: Row) {
  return {
    id: tour.id,
    handle: tour.handle,
    mode: tour.mode,
    title: tour.title,
    description: tour.description,
    length_m: tour.length_m,
    ascent_m: tour.ascent_m ?? null,
    descent_m: tour.descent_m ?? null,
    bounds: { min_lat: tour.min_lat, min_lon: tour.min_lon, max_lat: tour.max_lat, max_lon: tour.max_lon },
  }
}

/**
 * A tour's page: its stops in order, each a Genussort the shop shows or a producer still in the
 * association (a stop at anything else is left out, not shown as a hole).
 */
export async function publicTourDetail(container: MedusaContainer, tour: Row, locale: string | undefined) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stops = [...(tour.stops ?? [])].filter(Boolean).sort((a: Row, b: Row) => a.position - b.position)
  const producerIds = stops.flatMap((stop: Row) => (stop.producer_id ? [stop.producer_id] : []))
  const [{ data: producers }, { data: notes }] = await Promise.all([
    producerIds.length
      ? query.graph({ entity: "producer", fields: ["id", "handle", "name", "status", "town", "latitude", "longitude"], filters: { id: producerIds } })
      : { data: [] as Row[] },
    // Query translates the entity it is asked for, not one reached through a relation: the
    // stops' notes are read on their own, in the request's language.
    stops.length
      ? query.graph({ entity: "content_tour_stop", fields: ["id", "note"], filters: { id: stops.map((stop: Row) => stop.id) } }, { locale })
      : { data: [] as Row[] },
  ])
  const producerById = new Map((producers as Row[]).map((producer) => [producer.id, producer]))
  const noteOf = new Map((notes as Row[]).map((stop) => [stop.id, stop.note ?? null]))
  return {
    ...publicTour(tour),
    point_count: tour.point_count,
    display_track: tour.display_track,
    stops: stops.flatMap((stop: Row): PublicStop[] => {
      if (stop.place) {
        if (stop.place.status !== "published") return []
        const place = stop.place
        return [{ kind: "place", handle: place.handle, name: place.name, place_kind: place.kind, town: place.town, latitude: place.latitude, longitude: place.longitude, note: noteOf.get(stop.id) ?? null }]
      }
      const producer = producerById.get(stop.producer_id)
      if (!publicProducer(producer)) return []
      return [{ kind: "producer", handle: producer!.handle, name: producer!.name, place_kind: null, town: producer!.town, latitude: producer!.latitude, longitude: producer!.longitude, note: noteOf.get(stop.id) ?? null }]
    }),
  }
}

/** The ids of public tours that stop at a producer, directly or at a Genussort it runs. */
export async function toursPassing(container: MedusaContainer, by: { producer_id?: string; place_id?: string }): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const placeIds = by.place_id ? [by.place_id] : []
  if (by.producer_id) {
    placeIds.push(...(await linkedContentIds(container, "producer", by.producer_id, "content_places")))
  }
  const conditions = [...(by.producer_id ? [{ producer_id: by.producer_id }] : []), ...(placeIds.length ? [{ place_id: placeIds }] : [])]
  if (!conditions.length) return []
  const { data: stops } = await query.graph({ entity: "content_tour_stop", fields: ["tour_id"], filters: { $or: conditions } })
  return [...new Set((stops as Row[]).map((stop) => stop.tour_id))]
}
