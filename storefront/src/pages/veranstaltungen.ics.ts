import type { APIRoute } from "astro"
import { publicPage } from "../lib/cache-policy"
import { fetchCalendar } from "../features/events/data"

/** The subscribable calendar of all public events (RFC 5545; the backend writes it). */
export const GET: APIRoute = async (context) => {
  publicPage(context)
  const body = await fetchCalendar("/store/events.ics")
  return new Response(body ?? "", {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="veranstaltungen.ics"',
    },
  })
}
