/**
 * The association's Genussorte, tours and stories (data/places.ts, data/tours.ts,
 * data/stories.ts) as the content plugin's workflows take them. Pure (no Medusa): the seed makes
 * them, the tests read them. Tracks are generated along the tours' real waypoints
 * (plan-tracks.ts) and travel as GPX, so the seed's tours pass the same GPX reader as an upload.
 */
import type { PlaceInputType, StoryInputType, TourInputType } from "@genussnetz/content/workflows"
import { writeGpx } from "@genussnetz/content/tracks"
import { PLACES } from "./data/places"
import { STORIES } from "./data/stories"
import { TOURS } from "./data/tours"
import { TOWNS } from "./data/towns"
import { planTrack } from "./plan-tracks"

/** Metres per degree of latitude (mean); a degree of longitude is this times the cosine of the latitude. */
const METRES_PER_DEGREE = 111_195

/** A position `east`/`north` metres from a point, to six decimals (about 10 cm). */
export function offsetBy(point: { latitude: number; longitude: number }, [east, north]: [number, number]) {
  const latitude = point.latitude + north / METRES_PER_DEGREE
  const longitude = point.longitude + east / (METRES_PER_DEGREE * Math.cos((point.latitude * Math.PI) / 180))
  return { latitude: Number(latitude.toFixed(6)), longitude: Number(longitude.toFixed(6)) }
}

const idOf = (ids: Map<string, string>, handle: string, what: string) => {
  const id = ids.get(handle)
  if (!id) throw new Error(`The seed names ${what} "${handle}", which it has not made`)
  return id
}

/** The Genussorte, published, each run by its producer where one is named. */
export function planPlaces(producerIds: Map<string, string>): PlaceInputType[] {
  return PLACES.map((place) => {
    const town = TOWNS[place.town]
    return {
      handle: place.handle,
      kind: place.kind,
      status: "published",
      name: place.name,
      description: place.description,
      street: place.street,
      postal_code: town.postal_code,
      town: town.name,
      ...offsetBy(town, place.offset),
      opening_hours: place.opening_hours,
      opening_note: place.opening_note ?? null,
      producer_id: place.producer ? idOf(producerIds, place.producer, "the producer") : null,
    }
  })
}

/** The tours, published, with their generated tracks as GPX and their stops in order. */
export function planTours(placeIds: Map<string, string>, producerIds: Map<string, string>): TourInputType[] {
  return TOURS.map((tour, i) => {
    const via = tour.via.map((point) => ("town" in point ? { lat: TOWNS[point.town].latitude, lon: TOWNS[point.town].longitude } : { lat: point.lat, lon: point.lon }))
    return {
      handle: tour.handle,
      status: "published",
      mode: tour.mode,
      title: tour.title,
      description: tour.description,
      gpx: writeGpx({ name: tour.title.de, description: tour.description.de, points: planTrack(via, { mode: tour.mode, seed: i + 1 }) }),
      stops: tour.stops.map((stop) =>
        "place" in stop ? { place_id: idOf(placeIds, stop.place, "the Genussort"), note: stop.note } : { producer_id: idOf(producerIds, stop.producer, "the producer"), note: stop.note }
      ),
    }
  })
}

/** The stories, published on their day before `today`, linked to their producers and products. */
export function planStories(today: Date, producerIds: Map<string, string>, productIds: Map<string, string>): StoryInputType[] {
  return STORIES.map((story) => ({
    handle: story.handle,
    status: "published",
    title: story.title,
    teaser: story.teaser,
    body: story.body,
    author: story.author,
    published_at: new Date(today.getTime() - story.published_days_ago * 86_400_000).toISOString(),
    producer_ids: story.producers.map((handle) => idOf(producerIds, handle, "the producer")),
    product_ids: story.products.map((handle) => idOf(productIds, handle, "the product")),
  }))
}
