import { defineMiddleware } from "astro:middleware"
import { cacheControl, pageCacheEntry } from "./lib/cache-policy"
import { rejectRequest, type Rejection } from "./lib/request-guard"

/** The localized page that answers each kind of unanswerable request (src/pages). */
const ERROR_PAGE: Record<Rejection, string> = { "not-found": "/404", "bad-request": "/400" }

/**
 * Every request passes here: input no page can answer gets the 404 or 400 page before any
 * page (and so the backend) sees it, and every response gets its cache-control header and
 * its page-cache entry — private and not stored unless the page opted in with
 * `publicPage(Astro)` (lib/cache-policy.ts). A page served from the page cache does not pass
 * here again: it carries the headers it was stored with.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const rejection = rejectRequest(context.request.url, context.params)
  // The rewrite renders the error page without this middleware running again; the page
  // reads the language from the original path.
  const response = rejection ? await next(ERROR_PAGE[rejection]) : await next()
  const { method } = context.request
  const { cache: policy, cacheTags: tags } = context.locals
  response.headers.set("cache-control", cacheControl(method, response.status, policy))
  const entry = pageCacheEntry(method, response.status, policy, tags)
  context.cache.set(entry)
  if (entry && entry.tags.length) response.headers.set("surrogate-key", entry.tags.join(" "))
  return response
})
