import type { APIRoute } from "astro"
import { publicPage } from "../../lib/cache-policy"
import { EventHandle as ContentHandle } from "../../features/events/handle"
import { fetchGpx } from "../../features/tours/data"

/** A tour's whole track as a GPX file, for a phone app, a satnav or a bike computer (the backend writes it). */
export const GET: APIRoute = async (context) => {
  const { params, rewrite } = context
  // The same for every visitor: shared caches may keep it (lib/cache-policy.ts).
  publicPage(context)
  // The content plugin's one rule for handles (events, Genussorte, tours, stories).
  const handle = ContentHandle.exec(params.handle ?? "")?.[0]
  const body = handle ? await fetchGpx(handle) : null
  if (body === null) return rewrite("/404")
  return new Response(body, {
    headers: {
      "content-type": "application/gpx+xml; charset=utf-8",
      "content-disposition": `attachment; filename="${handle}.gpx"`,
    },
  })
}
