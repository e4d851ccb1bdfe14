import type { APIRoute } from "astro"
import { handlePageCacheRequest } from "../../lib/page-cache/handle-page-cache-request"

/** The backend drops pages from the page cache by tag; the bench reads its counts (lib/page-cache/). */
export const POST: APIRoute = (context) => handlePageCacheRequest(context)
export const GET: APIRoute = (context) => handlePageCacheRequest(context)
