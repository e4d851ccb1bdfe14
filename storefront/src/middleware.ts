import { defineMiddleware } from "astro:middleware"
import { pathTo } from "./lib/i18n"

const PRIVATE_PATHS = [pathTo("de", "cart"), pathTo("en", "cart")]

/**
 * Cache headers, set in one place: public pages may be cached briefly and served stale
 * while they are refreshed; the cart (and anything answering a form) never.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  if (response.headers.has("cache-control")) return response
  const isPrivate = context.request.method !== "GET" || PRIVATE_PATHS.includes(context.url.pathname)
  response.headers.set(
    "cache-control",
    isPrivate ? "private, no-store" : response.status === 200 ? "public, max-age=60, stale-while-revalidate=600" : "public, max-age=30"
  )
  return response
})
