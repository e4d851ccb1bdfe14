import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
import { listProducts, type ProductSummary } from "../catalog/data"
import type { CalendarEntry } from "../events/calendar"
import { upcomingEvents } from "../events/load-events"
import { listPlaces, type ShopPlace } from "../places/data"
import { listStories, type ShopStory } from "../stories/data"
import { listTours, type ShopTour } from "../tours/data"
// The HTTP contracts of the producer routes (types only; nothing of the plugins runs here).
import type { StoreProducerDetailType, StoreProducerListType } from "@genussnetz/producers/http"
import type { StoreProducerProvenanceType } from "@genussnetz/provenance/http"

type ProducerNetwork = StoreProducerProvenanceType["provenance"]

export type ProducerSummary = StoreProducerListType["producers"][number]
/** A producer's profile (producers plugin) with its place in the network (provenance plugin). */
export type Producer = StoreProducerDetailType["producer"] & Omit<ProducerNetwork, "producer_id">
export type ProducerRelation = ProducerNetwork["suppliers"][number]
export type ProducerClaim = ProducerNetwork["claims"][number]

/** The towns the producers are in, each once, in German alphabetical order. */
export const townsOf = (producers: { town: string }[]) =>
  [...new Set(producers.map((p) => p.town))].sort((a, b) => a.localeCompare(b, "de"))

export async function listProducers(locale: Locale, filters: { craft?: string; limit?: number } = {}) {
  return sdk.client.fetch<StoreProducerListType>("/store/producers", {
    query: { limit: filters.limit ?? 100, ...(filters.craft ? { craft: filters.craft } : {}), ...localeQuery(locale) },
  })
}

/** What the association's content says about a producer: its coming events, its Genussorte, the tours stopping there, the stories about it. */
export type ProducerContent = {
  events: { day: string; entries: CalendarEntry[] }[]
  places: ShopPlace[]
  tours: ShopTour[]
  stories: ShopStory[]
}

/**
 * A producer's events, Genussorte, tours and stories, each its own request, all at once. Each is
 * extra: one that cannot be read is left out and the producer's page shows without it.
 */
export async function producerContent(locale: Locale, producerId: string): Promise<ProducerContent> {
  const [events, places, tours, stories] = await Promise.all([
    upcomingEvents(locale, { producerId }),
    listPlaces(locale, { producerId, limit: 50 })
      .then((list) => list.places)
      .catch(() => [] as ShopPlace[]),
    listTours(locale, { producerId, limit: 50 })
      .then((list) => list.tours)
      .catch(() => [] as ShopTour[]),
    listStories(locale, { producerId, limit: 10 })
      .then((list) => list.stories)
      .catch(() => [] as ShopStory[]),
  ])
  return { events, places, tours, stories }
}

/**
 * A producer with its products, priced for the shop's region, and what the association's content
 * says about it (asked for beside the products); null when the handle is unknown.
 */
export async function getProducer(
  locale: Locale,
  handle: string
): Promise<{ producer: Producer; products: ProductSummary[]; content: ProducerContent } | null> {
  try {
    // Profile and network at once: both are keyed by the handle.
    const path = `/store/producers/${encodeURIComponent(handle)}`
    const [{ producer: profile }, { provenance }] = await Promise.all([
      sdk.client.fetch<StoreProducerDetailType>(path, { query: localeQuery(locale) }),
      sdk.client.fetch<StoreProducerProvenanceType>(`${path}/provenance`, { query: localeQuery(locale) }),
    ])
    const { producer_id: _id, ...network } = provenance
    const producer = { ...profile, ...network }
    const ids = producer.products.map((p) => p.id)
    const [{ products }, content] = await Promise.all([
      ids.length ? listProducts({ locale, limit: ids.length, ids }) : { products: [] as ProductSummary[] },
      producerContent(locale, producer.id),
    ])
    return { producer, products, content }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
