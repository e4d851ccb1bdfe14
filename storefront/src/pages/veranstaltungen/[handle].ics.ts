import type { APIRoute } from "astro"
import { publicPage } from "../../lib/cache-policy"
import { fetchCalendar } from "../../features/events/data"
import { EventHandle } from "../../features/events/handle"

/** One event as a calendar file to add to one's own calendar (the backend writes it). */
export const GET: APIRoute = async (context) => {
  const { params, rewrite } = context
  // The same for every visitor: shared caches may keep it (lib/cache-policy.ts).
  publicPage(context)
  const handle = EventHandle.exec(params.handle ?? "")?.[0]
  const body = handle ? await fetchCalendar(`/store/events/${handle}/ical`) : null
  if (body === null) return rewrite("/404")
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${handle}.ics"`,
    },
  })
}
