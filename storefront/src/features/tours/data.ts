import { config } from "../../lib/config"
import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
// The HTTP contract of the content plugin's store routes (types only; nothing of the plugin runs here).
import type { StoreTourDetailType, StoreTourListType, StoreTourType, TourMode } from "@genussnetz/content/http"

export type ShopTour = StoreTourType
export type ShopTourDetail = StoreTourDetailType["tour"]
export type TourStop = ShopTourDetail["stops"][number]
export type { TourMode }

/** The most the store route lists at once. */
export const TOURS_MAX = 200

/** Public tours by title: by mode, or those passing a producer (directly or at a Genussort it runs) or a Genussort. */
export async function listTours(locale: Locale, filters: { mode?: string; producerId?: string; placeId?: string; limit?: number; offset?: number } = {}) {
  return sdk.client.fetch<StoreTourListType>("/store/tours", {
    query: {
      ...(filters.mode ? { mode: filters.mode } : {}),
      ...(filters.producerId ? { producer_id: filters.producerId } : {}),
      ...(filters.placeId ? { place_id: filters.placeId } : {}),
      limit: filters.limit ?? TOURS_MAX,
      ...(filters.offset ? { offset: filters.offset } : {}),
      ...localeQuery(locale),
    },
  })
}

/** One public tour with its map track and stops; null when the handle names none (or a draft). */
export async function getTour(locale: Locale, handle: string): Promise<ShopTourDetail | null> {
  try {
    return (await sdk.client.fetch<StoreTourDetailType>(`/store/tours/${encodeURIComponent(handle)}`, { query: localeQuery(locale) })).tour
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** A tour's whole track as the backend writes it (GPX 1.1); null for none. */
export async function fetchGpx(handle: string): Promise<string | null> {
  const path = `/store/tours/${encodeURIComponent(handle)}/gpx`
  const response = await fetch(new URL(path, config.backendUrl), { headers: { accept: "application/gpx+xml", "x-publishable-api-key": config.publishableKey } })
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
  return response.text()
}
