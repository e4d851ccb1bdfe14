/**
 * Who may keep a copy of a response. A page is private unless it says otherwise, so a new
 * page that shows a shopper's own data (checkout, account, portal) can never be stored by a
 * shared cache by forgetting a list entry: pages the same for everyone opt in with
 * `publicPage(Astro)`, and src/middleware.ts turns the choice into the header.
 */

/** Set by a page that is the same for every visitor; read by the middleware. */
export type CachePolicy = "public" | "private"

/** Mark this page as the same for every visitor (catalog, product, producer, home, sitemap …). */
export function publicPage(context: { locals: App.Locals }): void {
  context.locals.cache = "public"
}

export const PRIVATE = "private, no-store"
/** Fresh for a minute, then served stale while one request refreshes it. */
export const PUBLIC = "public, max-age=60, stale-while-revalidate=600"
/** A public page's "not found": briefly, so a product published a moment later shows up soon. */
export const PUBLIC_NOT_FOUND = "public, max-age=30"

/**
 * The cache-control header for a response. Only reads (GET, HEAD) of pages that opted in are
 * public; a form's answer, a redirect, an error of any kind and every page that did not opt
 * in stay private.
 */
export function cacheControl(method: string, status: number, policy: CachePolicy | undefined): string {
  if ((method !== "GET" && method !== "HEAD") || policy !== "public") return PRIVATE
  if (status === 200) return PUBLIC
  if (status === 404 || status === 410) return PUBLIC_NOT_FOUND
  return PRIVATE
}
