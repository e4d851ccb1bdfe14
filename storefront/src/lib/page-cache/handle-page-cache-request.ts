import type { APIContext } from "astro"
import { z } from "astro/zod"
import { createHash, timingSafeEqual } from "node:crypto"
import { config } from "../config"
import { pageCacheStats } from "./provider"

/**
 * `/api/page-cache`, the backend's way into the page cache (provider.ts):
 * - `POST {"tags": ["product:prod_…", "products"]}` drops every page showing one of them
 *   (the backend's subscriber sends it after a product, price, stock or producer change);
 * - `GET` answers the counts since start (hits, stale, misses), for the bench.
 * Both need `Authorization: Bearer <PAGE_CACHE_SECRET>`; without a secret configured the
 * endpoint does not exist (404), and pages then age out on their own (lib/cache-policy.ts).
 */

/** A tag as pages set them (lib/cache-policy.ts `cacheTags`): a word, or a word and an id. */
const TAG = /^[a-z_]+(:[A-Za-z0-9_-]{1,100})?$/

export const PageCacheInvalidation = z
  .object({
    tags: z
      .array(z.string().regex(TAG, "each tag is a word, or a word, a colon and an id (product:prod_01…)"), {
        error: "tags must be a list of tags",
      })
      .min(1, "tags must name at least one tag")
      .max(1000, "tags must name at most 1000 tags"),
  })
  .strict()

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "x-content-type-options": "nosniff" },
  })

/** Compares digests, so neither the secret's length nor its prefix shows in the time taken. */
function authorized(request: Request, secret: string): boolean {
  const sent = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? ""
  const digest = (value: string) => createHash("sha256").update(value).digest()
  return timingSafeEqual(digest(sent), digest(secret))
}

export async function handlePageCacheRequest(
  context: Pick<APIContext, "request" | "cache">,
  secret = config.pageCacheSecret
): Promise<Response> {
  if (!secret) return json(404, { message: "Not found" })
  if (!authorized(context.request, secret)) return json(401, { message: "A valid Authorization: Bearer <PAGE_CACHE_SECRET> is required" })
  if (context.request.method === "GET") return json(200, pageCacheStats)

  let body: unknown
  try {
    body = await context.request.json()
  } catch {
    return json(400, { message: "The body must be JSON: {\"tags\": [\"…\"]}" })
  }
  const parsed = PageCacheInvalidation.safeParse(body)
  if (!parsed.success) return json(400, { message: parsed.error.issues.map((issue) => issue.message).join("; ") })
  await context.cache.invalidate({ tags: parsed.data.tags })
  return json(200, { invalidated: parsed.data.tags.length })
}
