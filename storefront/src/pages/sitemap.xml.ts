import type { APIRoute } from "astro"
import { publicPage } from "../lib/cache-policy"
import { config } from "../lib/config"
import { alternates } from "../lib/i18n"
import { sdk } from "../lib/medusa"
import { listProducers } from "../features/producer/data"
import { listEvents } from "../features/events/data"
import { addDays, berlinToday } from "../features/events/calendar"
import { listPlaces, PLACES_MAX } from "../features/places/data"
import { listTours, TOURS_MAX } from "../features/tours/data"
import { listStories, STORIES_MAX } from "../features/stories/data"

const PAGE = 100

async function allProductHandles(): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; ; offset += PAGE) {
    const { products, count } = await sdk.store.product.list({ fields: "handle", limit: PAGE, offset })
    handles.push(...products.map((p) => p.handle!).filter(Boolean))
    if (offset + PAGE >= count) return handles
  }
}

/** Every handle of a content list, page by page (each store route has its own most per request). */
async function allHandles(limit: number, page: (offset: number) => Promise<{ handles: string[]; count: number }>): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; ; offset += limit) {
    const { handles: found, count } = await page(offset)
    handles.push(...found)
    if (offset + limit >= count || found.length === 0) return handles
  }
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;")

/** Every public page in both languages, each with its hreflang alternates. */
export const GET: APIRoute = async (context) => {
  publicPage(context)
  const today = berlinToday()
  // The events of the coming year (the calendar's reach); one that is over leaves the sitemap.
  // Every published Genussort, tour and story (the store routes never list a draft).
  const [handles, { producers }, { events }, places, tours, stories] = await Promise.all([
    allProductHandles(),
    listProducers("de", { limit: 100 }),
    listEvents("de", { from: today, to: addDays(today, 365), limit: 500 }),
    allHandles(PLACES_MAX, async (offset) => {
      const { places, count } = await listPlaces("de", { limit: PLACES_MAX, offset })
      return { handles: places.map((place) => place.handle), count }
    }),
    allHandles(TOURS_MAX, async (offset) => {
      const { tours, count } = await listTours("de", { limit: TOURS_MAX, offset })
      return { handles: tours.map((tour) => tour.handle), count }
    }),
    allHandles(STORIES_MAX, async (offset) => {
      const { stories, count } = await listStories("de", { limit: STORIES_MAX, offset })
      return { handles: stories.map((story) => story.handle), count }
    }),
  ])
  const pages = [
    alternates("home"),
    alternates("products"),
    alternates("producers"),
    alternates("events"),
    alternates("places"),
    alternates("tours"),
    alternates("stories"),
    ...handles.map((handle) => alternates("product", handle)),
    ...producers.map((producer) => alternates("producer", producer.handle)),
    ...events.map((event) => alternates("event", event.handle)),
    ...places.map((handle) => alternates("place", handle)),
    ...tours.map((handle) => alternates("tour", handle)),
    ...stories.map((handle) => alternates("story", handle)),
  ]
  const url = (path: string) => escape(new URL(path, config.siteUrl).toString())
  const entries = pages.flatMap((page) =>
    Object.values(page).map(
      (path) =>
        `<url><loc>${url(path)}</loc>${Object.entries(page)
          .map(([lang, alt]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${url(alt)}"/>`)
          .join("")}</url>`
    )
  )
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join("")}</urlset>\n`
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } })
}
