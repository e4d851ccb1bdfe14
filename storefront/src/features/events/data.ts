import { config } from "../../lib/config"
import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
// The HTTP contract of the content plugin's store routes (types only; nothing of the plugin runs here).
import type { EventKind, StoreEventDetailType, StoreEventListType, StoreEventType } from "@genussnetz/content/http"

export type ShopEvent = StoreEventType
export type { EventKind }

/** The calendar's events with their occurrences in a window of days (`to` exclusive), as the backend expands them. */
export async function listEvents(locale: Locale, window: { from?: string; to?: string; town?: string; kind?: string; producerId?: string; placeId?: string; limit?: number }) {
  return sdk.client.fetch<StoreEventListType>("/store/events", {
    query: {
      ...(window.from ? { from: window.from } : {}),
      ...(window.to ? { to: window.to } : {}),
      ...(window.town ? { town: window.town } : {}),
      ...(window.kind ? { kind: window.kind } : {}),
      ...(window.producerId ? { producer_id: window.producerId } : {}),
      ...(window.placeId ? { place_id: window.placeId } : {}),
      limit: window.limit ?? 500,
      ...localeQuery(locale),
    },
  })
}

/** One public event with its next dates; null when the handle names none (or a draft). */
export async function getEvent(locale: Locale, handle: string): Promise<ShopEvent | null> {
  try {
    return (await sdk.client.fetch<StoreEventDetailType>(`/store/events/${encodeURIComponent(handle)}`, { query: localeQuery(locale) })).event
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** A calendar file from the backend (the feed, or one event), as it answers; null for none. */
export async function fetchCalendar(path: string): Promise<string | null> {
  const response = await fetch(new URL(path, config.backendUrl), { headers: { accept: "text/calendar", "x-publishable-api-key": config.publishableKey } })
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
  return response.text()
}
