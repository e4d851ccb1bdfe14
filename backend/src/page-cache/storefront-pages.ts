import type { Logger, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContentEvents } from "@genussnetz/content/events"
import { ProducerEvents } from "@genussnetz/producers/events"
import { idsOf, PRODUCT_EVENTS, PRODUCT_SEARCH_EVENTS, productIdsOfEvent } from "@genussnetz/provenance/product-events"

/**
 * The storefront keeps public pages in its page cache under tags naming what they show
 * (storefront/src/lib/cache-policy.ts `cacheTags`: `product:<id>`, `producer:<id>`,
 * `products` for every list, `content`). After a change the backend can tell of, it names
 * those tags to every storefront instance (`POST <storefront>/api/page-cache`), so the next
 * shopper sees the change instead of a page up to half a minute old. The tag names are the
 * storefront's; the walk "the production profile, scaled out" (tests/system/up.test.ts) ties
 * the two sides together.
 */

const CONTENT_EVENTS: string[] = Object.values(ContentEvents)

export const PAGE_EVENTS: string[] = [...PRODUCT_SEARCH_EVENTS, ...Object.values(ProducerEvents), ...CONTENT_EVENTS]

type Event = { name: string; data?: { id?: string | string[] } }

/** The page-cache tags an event's change reaches. */
export async function pageTagsOfEvent(event: Event, query: Pick<RemoteQueryFunction, "graph">): Promise<string[]> {
  if (CONTENT_EVENTS.includes(event.name)) return ["content"]
  if ((Object.values(ProducerEvents) as string[]).includes(event.name)) {
    // Its name and town show on every card of its products, in every list.
    return ["products", ...idsOf(event).map((id) => `producer:${id}`)]
  }
  const productTags = (await productIdsOfEvent(event, query)).map((id) => `product:${id}`)
  return PRODUCT_EVENTS.includes(event.name) ? ["products", ...productTags] : productTags
}

export type StorefrontTargets = { urls: string[]; secret: string }

/**
 * Where to send the tags: PAGE_CACHE_URLS (comma-separated base URLs of every storefront
 * instance, as this backend reaches them; default STOREFRONT_URL) with PAGE_CACHE_SECRET.
 * Without the secret nothing is sent: pages then age out on their own (at most a minute).
 */
export function storefrontTargets(env: NodeJS.ProcessEnv = process.env): StorefrontTargets | null {
  const secret = env.PAGE_CACHE_SECRET
  const urls = (env.PAGE_CACHE_URLS || env.STOREFRONT_URL || "")
    .split(",")
    .map((url) => url.trim().replace(/\/+$/, ""))
    .filter(Boolean)
  return secret && urls.length ? { urls, secret } : null
}

/** A storefront that does not answer within this is skipped: its pages still age out. */
const NOTIFY_TIMEOUT_MS = 3000

/** Names the tags to every instance at once; one that fails is logged, never retried (its pages age out). */
export async function dropStorefrontPages(targets: StorefrontTargets, tags: string[], logger: Pick<Logger, "warn">): Promise<number> {
  const unique = [...new Set(tags)]
  if (!unique.length) return 0
  const results = await Promise.allSettled(
    targets.urls.map(async (url) => {
      const response = await fetch(`${url}/api/page-cache`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${targets.secret}` },
        body: JSON.stringify({ tags: unique }),
        signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
      })
      if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    })
  )
  const failed = results.filter((result): result is PromiseRejectedResult => result.status === "rejected")
  for (const failure of failed) logger.warn(`Page cache: could not drop pages (${unique.length} tags): ${String(failure.reason)}`)
  return results.length - failed.length
}
