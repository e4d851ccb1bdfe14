import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
// The HTTP contract of the content plugin's store routes (types only; nothing of the plugin runs here).
import type { StoreStoryDetailType, StoreStoryListType, StoreStoryType } from "@genussnetz/content/http"

export type ShopStory = StoreStoryType
export type ShopStoryDetail = StoreStoryDetailType["story"]

/** The most the store route lists at once. */
export const STORIES_MAX = 100

/** Published stories, newest first: all, or those about a producer or a product. */
export async function listStories(locale: Locale, filters: { producerId?: string; productId?: string; limit?: number; offset?: number } = {}) {
  return sdk.client.fetch<StoreStoryListType>("/store/stories", {
    query: {
      ...(filters.producerId ? { producer_id: filters.producerId } : {}),
      ...(filters.productId ? { product_id: filters.productId } : {}),
      limit: filters.limit ?? 20,
      ...(filters.offset ? { offset: filters.offset } : {}),
      ...localeQuery(locale),
    },
  })
}

/** One published story with its Markdown body, producers and products; null when the handle names none (or a draft). */
export async function getStory(locale: Locale, handle: string): Promise<ShopStoryDetail | null> {
  try {
    return (await sdk.client.fetch<StoreStoryDetailType>(`/store/stories/${encodeURIComponent(handle)}`, { query: localeQuery(locale) })).story
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
