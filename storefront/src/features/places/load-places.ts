import { PLACE_KIND_KEYS, type Locale } from "../../lib/i18n"
import { upcomingEvents } from "../events/load-events"
import { listTours, type ShopTour } from "../tours/data"
import { getPlace, listPlaces, type ShopPlace } from "./data"

/** The Genussorte in groups by town, towns and places in German alphabetical order. */
export function placesByTown<P extends { name: string; address: { town: string } }>(places: readonly P[]): { town: string; places: P[] }[] {
  const byTown = new Map<string, P[]>()
  for (const place of places) byTown.set(place.address.town, [...(byTown.get(place.address.town) ?? []), place])
  return [...byTown.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "de"))
    .map(([town, list]) => ({ town, places: list.sort((a, b) => a.name.localeCompare(b.name, "de")) }))
}

/**
 * The Genussorte page from its URL — `?art=<kind>`, the calendar's name for a kind: a stable,
 * shareable link; an unknown value is ignored, not an error (as on the calendar).
 */
export async function loadPlaces(locale: Locale, url: URL) {
  const kind = PLACE_KIND_KEYS.find((key) => key === url.searchParams.get("art"))
  const { places } = await listPlaces(locale, { kind })
  return { places, towns: placesByTown(places), kind, now: new Date() }
}

/**
 * A Genussort's page: the place, then — by its id, at once — its coming events and the tours that
 * pass it. Both are extra: when either cannot be read the page shows without it. Null for an
 * unknown handle.
 */
export async function loadPlacePage(locale: Locale, handle: string) {
  const place: ShopPlace | null = await getPlace(locale, handle)
  if (!place) return null
  const [events, tours] = await Promise.all([
    upcomingEvents(locale, { placeId: place.id }),
    listTours(locale, { placeId: place.id, limit: 50 })
      .then((list) => list.tours)
      .catch(() => [] as ShopTour[]),
  ])
  return { place, events, tours, now: new Date() }
}
