import type { CacheProvider, CacheProviderFactory } from "astro"
import memoryCache from "astro/cache/memory"

/**
 * The storefront's page cache: Astro's in-process LRU (`astro/cache/memory`: keyed by URL,
 * stale-while-revalidate, invalidation by tag or path) with what a crowd needs on top —
 * one render per page at a time. Astro's provider renders once per waiting request: when a
 * page is missing (cold start, just invalidated) or stale, every shopper asking for it in
 * that moment starts its own render and its own backend calls, which is the crowd hitting
 * the backend the cache is meant to shield. Here they wait for the one render and each gets
 * a copy of it.
 *
 * Which pages it keeps, for how long and under which tags is each page's choice
 * (`publicPage` in ../cache-policy.ts); src/pages/api/page-cache.ts lets the backend drop
 * pages by tag when a product, price, stock or producer changes.
 */

export type PageCacheConfig = {
  /** Pages kept at most (each 20–150 kB of HTML): the cache's memory bound. Default: PAGE_CACHE_MAX at start, else 500. */
  max?: number
}

/**
 * Counts since the process started, for the bench (GET /api/page-cache): answers from the
 * cache (fresh or stale), misses, pages not cached at all, renders actually run, and requests
 * that waited for another's render instead of starting their own.
 */
export const pageCacheStats = { hit: 0, stale: 0, miss: 0, uncached: 0, rendered: 0, shared: 0 }

type Rendered = { body: ArrayBuffer; status: number; statusText: string; headers: [string, string][] }

/**
 * Pages are kept by path and query alone: nothing on them depends on the Host a request names
 * (links are built from STOREFRONT_URL), so a request through a proxy, by IP or with a made-up
 * Host gets the same entry — and cannot fill the cache with copies by varying it.
 */
const KEY_ORIGIN = "http://pages.invalid"

const toResponse = (rendered: Rendered) =>
  new Response(rendered.body.slice(0), { status: rendered.status, statusText: rendered.statusText, headers: rendered.headers })

/**
 * Whether two requests for the same URL get the same page: a request without cookies or
 * credentials renders what any other such request renders (the language is in the path).
 * A request with cookies shares only a render of a page already known to be public — the
 * cart, checkout and account pages read cookies and are never stored.
 */
function sharesRender(request: Request, knownPublic: boolean): boolean {
  if (knownPublic) return true
  return !request.headers.has("cookie") && !request.headers.has("authorization")
}

const createPageCache: CacheProviderFactory<PageCacheConfig> = (config) => {
  const max = config?.max ?? (Number(process.env.PAGE_CACHE_MAX) || 500)
  const pages: CacheProvider = memoryCache({ max })
  const renders = new Map<string, Promise<Rendered>>()
  // URLs whose pages were stored once, so later renders of them are shared whoever asks.
  const publicUrls = new Set<string>()

  return {
    name: "genussnetz-pages",
    async onRequest(context, next) {
      if (context.request.method !== "GET") return next()
      const keyUrl = new URL(context.url.pathname + context.url.search, KEY_ORIGIN)
      const key = keyUrl.href
      const renderOnce = async (): Promise<Response> => {
        if (!sharesRender(context.request, publicUrls.has(key))) {
          pageCacheStats.rendered++
          return next()
        }
        const running = renders.get(key)
        if (running) {
          const rendered = await running
          // A cookie set for whoever started the render is theirs alone.
          if (rendered.headers.some(([name]) => name.toLowerCase() === "set-cookie")) {
            pageCacheStats.rendered++
            return next()
          }
          pageCacheStats.shared++
          return toResponse(rendered)
        }
        pageCacheStats.rendered++
        const render = (async (): Promise<Rendered> => {
          const response = await next()
          return {
            body: await response.arrayBuffer(),
            status: response.status,
            statusText: response.statusText,
            headers: [...response.headers],
          }
        })()
        renders.set(key, render)
        try {
          const rendered = await render
          if (rendered.headers.some(([name]) => name.toLowerCase() === "cdn-cache-control")) {
            publicUrls.add(key)
            // Bounded like the pages themselves; the oldest URL is forgotten first.
            if (publicUrls.size > max * 2) publicUrls.delete(publicUrls.values().next().value!)
          }
          return toResponse(rendered)
        } finally {
          renders.delete(key)
        }
      }
      const keyed = { ...context, url: keyUrl, request: new Request(keyUrl, { headers: context.request.headers }) }
      const response = await pages.onRequest!(keyed, renderOnce)
      const outcome = response.headers.get("x-astro-cache")
      if (outcome === "HIT") pageCacheStats.hit++
      else if (outcome === "STALE") pageCacheStats.stale++
      else if (outcome === "MISS") pageCacheStats.miss++
      else pageCacheStats.uncached++
      return response
    },
    invalidate: (options) => pages.invalidate(options),
  }
}

export default createPageCache
