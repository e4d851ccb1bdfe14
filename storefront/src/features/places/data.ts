import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
// The HTTP contract of the content plugin's store routes (types only; nothing of the plugin runs here).
import type { PlaceKind, StorePlaceListType, StorePlaceType } from "@genussnetz/content/http"

export type ShopPlace = StorePlaceType
export type { PlaceKind }

/** The most the store route lists at once: enough for every Genussort of the region in one request. */
export const PLACES_MAX = 500

/** Public Genussorte by town and name: by kind, town or the producer that runs them. */
export async function listPlaces(locale: Locale, filters: { kind?: string; town?: string; producerId?: string; limit?: number; offset?: number } = {}) {
  return sdk.client.fetch<StorePlaceListType>("/store/places", {
    query: {
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...(filters.town ? { town: filters.town } : {}),
      ...(filters.producerId ? { producer_id: filters.producerId } : {}),
      limit: filters.limit ?? PLACES_MAX,
      ...(filters.offset ? { offset: filters.offset } : {}),
      ...localeQuery(locale),
    },
  })
}

/** One public Genussort; null when the handle names none (or a draft). */
export async function getPlace(locale: Locale, handle: string): Promise<ShopPlace | null> {
  try {
    return (await sdk.client.fetch<{ place: ShopPlace }>(`/store/places/${encodeURIComponent(handle)}`, { query: localeQuery(locale) })).place
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
