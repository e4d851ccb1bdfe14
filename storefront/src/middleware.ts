import { defineMiddleware } from "astro:middleware"
import { cacheControl } from "./lib/cache-policy"
import { rejectRequest, type Rejection } from "./lib/request-guard"

/** The localized page that answers each kind of unanswerable request (src/pages). */
const ERROR_PAGE: Record<Rejection, string> = { "not-found": "/404", "bad-request": "/400" }

/**
 * Every request passes here: input no page can answer gets the 404 or 400 page before any
 * page (and so the backend) sees it, and every response gets its cache-control header —
 * private unless the page opted in with `publicPage(Astro)` (lib/cache-policy.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const rejection = rejectRequest(context.request.url, context.params)
  // The rewrite renders the error page without this middleware running again; the page
  // reads the language from the original path.
  const response = rejection ? await next(ERROR_PAGE[rejection]) : await next()
  response.headers.set("cache-control", cacheControl(context.request.method, response.status, context.locals.cache))
  return response
})
