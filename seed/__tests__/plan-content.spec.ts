import { PlaceInput, StoryInput, TourInput } from "@genussnetz/content/workflows"
import { parseGpx, trackFigures } from "@genussnetz/content/tracks"
import { PLACES } from "../data/places"
import { PRODUCERS } from "../data/producers"
import { STORIES } from "../data/stories"
import { TOURS } from "../data/tours"
import { TOWNS } from "../data/towns"
import { offsetBy, planPlaces, planStories, planTours } from "../plan-content"

/** Every handle the seed names stands for an id here: the planner must find each. */
const ids = (handles: string[]) => new Map(handles.map((handle) => [handle, `id_${handle}`]))
const producerIds = ids(PRODUCERS.map((producer) => producer.handle))
const placeIds = ids(PLACES.map((place) => place.handle))
const productIds = ids(STORIES.flatMap((story) => story.products))

const distanceKm = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => {
  const rad = Math.PI / 180
  const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h))
}

describe("the seed's Genussorte, tours and stories", () => {
  it("has 15 Genussorte, all valid, most run by a network producer in its own town, with seasonal hours among them", () => {
    const places = planPlaces(producerIds)
    expect(places.length).toBeGreaterThanOrEqual(15)
    for (const place of places) {
      const parsed = PlaceInput.safeParse(place)
      expect(parsed.success, `${place.handle}: ${parsed.error?.message}`).toBe(true)
    }
    expect(new Set(places.map((place) => place.handle)).size).toBe(places.length)
    expect(places.some((place) => place.opening_hours.some((rule) => rule.from && rule.until && rule.from > rule.until))).toBe(true)
    expect(places.filter((place) => place.kind === "beer_cellar").every((place) => place.opening_hours.every((rule) => rule.from))).toBe(true)
    const linked = PLACES.filter((place) => place.producer)
    expect(linked.length).toBeGreaterThanOrEqual(8)
    for (const place of linked) expect(PRODUCERS.find((producer) => producer.handle === place.producer)!.town, place.handle).toBe(place.town)
    // Each within 2.5 km of its town's centre.
    for (const place of PLACES) expect(distanceKm(TOWNS[place.town], offsetBy(TOWNS[place.town], place.offset)), place.handle).toBeLessThan(2.6)
  })

  it("has 5 tours, valid, whose generated tracks read back as GPX and pass through their real waypoints", () => {
    const tours = planTours(placeIds, producerIds)
    expect(tours).toHaveLength(TOURS.length)
    expect(tours.length).toBeGreaterThanOrEqual(5)
    expect(new Set(tours.map((tour) => tour.mode))).toEqual(new Set(["walk", "bike", "car"]))
    for (const [i, tour] of tours.entries()) {
      const parsed = TourInput.safeParse(tour)
      expect(parsed.success, `${tour.handle}: ${parsed.error?.message}`).toBe(true)
      expect(tour.stops!.length, tour.handle).toBeGreaterThanOrEqual(3)
      const { points } = parseGpx(tour.gpx)
      const first = TOURS[i].via[0]
      const start = "town" in first ? { lat: TOWNS[first.town].latitude, lon: TOWNS[first.town].longitude } : first
      expect(points[0][0], tour.handle).toBeCloseTo(start.lon, 5)
      expect(points[0][1], tour.handle).toBeCloseTo(start.lat, 5)
      const { length_m } = trackFigures(points)
      const range = { walk: [2_000, 25_000], bike: [10_000, 90_000], car: [30_000, 200_000] }[tour.mode]
      expect(length_m, tour.handle).toBeGreaterThan(range[0])
      expect(length_m, tour.handle).toBeLessThan(range[1])
    }
  })

  it("has 8 stories in German and English, dated before the seed's day, about network producers and their products", () => {
    const today = new Date("2026-12-04T10:00:00Z")
    const stories = planStories(today, producerIds, productIds)
    expect(stories.length).toBeGreaterThanOrEqual(8)
    for (const story of stories) {
      const parsed = StoryInput.safeParse(story)
      expect(parsed.success, `${story.handle}: ${parsed.error?.message}`).toBe(true)
      expect(story.body.en, story.handle).toBeTruthy()
      expect(Date.parse(story.published_at!)).toBeLessThan(today.getTime())
      expect(story.producer_ids!.length, story.handle).toBeGreaterThanOrEqual(1)
      // Markdown only: the shop renders and sanitizes it, but the seed itself brings no HTML.
      expect(story.body.de, story.handle).not.toMatch(/<[a-z]/i)
    }
  })
})
