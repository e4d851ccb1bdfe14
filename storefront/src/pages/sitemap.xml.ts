import type { APIRoute } from "astro"
import { publicPage } from "../lib/cache-policy"
import { config } from "../lib/config"
import { alternates } from "../lib/i18n"
import { sdk } from "../lib/medusa"
import { listProducers } from "../features/producer/data"
import { listEvents } from "../features/events/data"
import { addDays, berlinToday } from "../features/events/calendar"

const PAGE = 100

async function allProductHandles(): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; ; offset += PAGE) {
    const { products, count } = await sdk.store.product.list({ fields: "handle", limit: PAGE, offset })
    handles.push(...products.map((p) => p.handle!).filter(Boolean))
    if (offset + PAGE >= count) return handles
  }
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;")

/** Every public page in both languages, each with its hreflang alternates. */
export const GET: APIRoute = async (context) => {
  publicPage(context)
  const today = berlinToday()
  // The events of the coming year (the calendar's reach); one that is over leaves the sitemap.
  const [handles, { producers }, { events }] = await Promise.all([
    allProductHandles(),
    listProducers("de", { limit: 100 }),
    listEvents("de", { from: today, to: addDays(today, 365), limit: 500 }),
  ])
  const pages = [
    alternates("home"),
    alternates("products"),
    alternates("producers"),
    alternates("events"),
    ...handles.map((handle) => alternates("product", handle)),
    ...producers.map((producer) => alternates("producer", producer.handle)),
    ...events.map((event) => alternates("event", event.handle)),
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
