import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
import { listProducts, type ProductSummary } from "../catalog/data"
// The HTTP contract of the producer routes (types only; nothing of the plugin runs here).
import type { StoreProducerDetailType, StoreProducerListType } from "@genussnetz/provenance/http"

export type ProducerSummary = StoreProducerListType["producers"][number]
export type Producer = StoreProducerDetailType["producer"]
export type ProducerRelation = Producer["suppliers"][number]
export type ProducerClaim = Producer["claims"][number]

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
    const { producer } = await sdk.client.fetch<StoreProducerDetailType>(
      `/store/producers/${encodeURIComponent(handle)}`,
      { query: localeQuery(locale) }
    )
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
