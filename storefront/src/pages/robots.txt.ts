import type { APIRoute } from "astro"
import { publicPage } from "../lib/cache-policy"
import { config } from "../lib/config"

/** The cart, the search box's suggestions and the producer portal are nobody's search result; everything else is, and the sitemap says where. */
export const GET: APIRoute = (context) => {
  publicPage(context)
  return new Response(
    `User-agent: *\nDisallow: /warenkorb\nDisallow: /en/cart\nDisallow: /suche/\nDisallow: /portal\nDisallow: /en/portal\nSitemap: ${new URL("/sitemap.xml", config.siteUrl)}\n`,
    { headers: { "content-type": "text/plain; charset=utf-8" } }
  )
}
