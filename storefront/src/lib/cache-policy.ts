/**
 * Who may keep a copy of a response, and for how long. A page is private unless it says
 * otherwise, so a new page that shows a shopper's own data (checkout, account, portal) can
 * never be stored by forgetting a list entry: pages the same for everyone opt in with
 * `publicPage(Astro)`, name what they show with `tagPage(Astro, …)`, and src/middleware.ts
 * turns the choice into the headers and the page cache's entry (lib/page-cache/).
 *
 * Freshness: a shopper sees data at most 60 s old. The layers add up to that bound — Medusa's
 * Caching Module behind the Store API (BACKEND_CACHE_S), the backend answers the storefront
 * memoizes (MEMO_TTL_MS), the page cache (fresh, then served stale while one request
 * refreshes it) and a shared cache in front (s-maxage) — and a change the backend announces
 * drops the pages showing it at once (tags, below).
 */

/** Set by a page that is the same for every visitor; read by the middleware. */
export type CachePolicy = "public" | "private"

/** Medusa's Caching Module keeps a Store API answer this long at most (backend/medusa-config.ts CACHING_TTL_S). */
export const BACKEND_CACHE_S = 10
/** How long the storefront keeps a backend answer it memoizes (lib/memo.ts users). */
export const MEMO_TTL_MS = 10_000
/** The page cache: fresh for 15 s, then served stale for up to 5 s while one render refreshes it. */
export const PAGE_CACHE = { maxAge: 15, swr: 5 } as const

export const PRIVATE = "private, no-store"
/** Browsers ask every time (the page cache answers in a millisecond); a shared cache may keep it 20 s. */
export const PUBLIC = "public, max-age=0, s-maxage=20"
export const PUBLIC_NOT_FOUND = "public, max-age=0, s-maxage=10"

/**
 * Cache tags: what a page shows, so the backend's announcement of a change drops exactly the
 * pages showing it (POST /api/page-cache). The same names go out as `Surrogate-Key`, so a
 * CDN in front could purge the same way.
 */
export const cacheTags = {
  /**
   * Every page listing products or producers: a new, removed or republished product may join
   * or leave it, a producer's new name shows on its cards.
   */
  productLists: "products",
  product: (id: string) => `product:${id}`,
  producer: (id: string) => `producer:${id}`,
  /** Calendar, Genussorte, tours and stories. */
  content: "content",
} as const

/** The tags of a page listing these products. */
export const productListTags = (products: { id: string }[]) => [cacheTags.productLists, ...products.map((p) => cacheTags.product(p.id))]

/** Mark this page as the same for every visitor (catalog, product, producer, home, sitemap …). */
export function publicPage(context: { locals: App.Locals }): void {
  context.locals.cache = "public"
}

/** Name what this page shows (products, producers, lists): see `cacheTags`. */
export function tagPage(context: { locals: App.Locals }, tags: Iterable<string>): void {
  const known = (context.locals.cacheTags ??= [])
  for (const tag of tags) if (!known.includes(tag)) known.push(tag)
}

/** Whether this response is the same for everyone: only reads of pages that opted in, and only a page or its "not found". */
function publicStatus(method: string, status: number, policy: CachePolicy | undefined): 200 | 404 | undefined {
  if ((method !== "GET" && method !== "HEAD") || policy !== "public") return undefined
  if (status === 200) return 200
  if (status === 404 || status === 410) return 404
  return undefined
}

/**
 * The cache-control header for a response. A form's answer, a redirect, an error of any kind
 * and every page that did not opt in stay private.
 */
export function cacheControl(method: string, status: number, policy: CachePolicy | undefined): string {
  const kind = publicStatus(method, status, policy)
  return kind === 200 ? PUBLIC : kind === 404 ? PUBLIC_NOT_FOUND : PRIVATE
}

/**
 * The page cache's entry for a response (Astro's `cache.set`), or `false`: not stored. A
 * "not found" is not stored: the product, story or place may be published the next moment
 * (a shared cache in front keeps it briefly, PUBLIC_NOT_FOUND).
 */
export function pageCacheEntry(
  method: string,
  status: number,
  policy: CachePolicy | undefined,
  tags: string[] = []
): { maxAge: number; swr: number; tags: string[] } | false {
  return publicStatus(method, status, policy) === 200 ? { ...PAGE_CACHE, tags } : false
}
