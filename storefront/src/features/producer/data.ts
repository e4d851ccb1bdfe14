import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
import { listProducts, type ProductSummary } from "../catalog/data"
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

/** A producer with its products, priced for the shop's region; null when the handle is unknown. */
export async function getProducer(
  locale: Locale,
  handle: string
): Promise<{ producer: Producer; products: ProductSummary[] } | null> {
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
    const { products } = ids.length
      ? await listProducts({ locale, limit: ids.length, ids })
      : { products: [] as ProductSummary[] }
    return { producer, products }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
