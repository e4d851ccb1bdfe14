import type { Locale } from "../../lib/i18n"
import { listStories } from "./data"

export const STORIES_PAGE_SIZE = 20

/** The store route skips at most this many stories; a page beyond is no page. */
const MAX_OFFSET = 100_000

/** The page number from `?seite=<n>`, 1 for anything that is not one (as the catalog reads it). */
export function pageOf(value: string | null): number {
  const page = Number.parseInt(value ?? "1", 10)
  return Number.isFinite(page) && page > 0 && (page - 1) * STORIES_PAGE_SIZE <= MAX_OFFSET ? page : 1
}

/** The stories page from its URL — `?seite=<n>`: newest first, a page at a time. */
export async function loadStories(locale: Locale, url: URL) {
  const page = pageOf(url.searchParams.get("seite"))
  const { stories, count } = await listStories(locale, { limit: STORIES_PAGE_SIZE, offset: (page - 1) * STORIES_PAGE_SIZE })
  return { stories, page, pages: Math.max(1, Math.ceil(count / STORIES_PAGE_SIZE)) }
}
