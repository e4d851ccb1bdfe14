import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import type { Locale } from "../../lib/i18n"
import { listProducts, type ProductSummary } from "../catalog/data"

/** The shapes of genussnetz's producer routes (plugins/provenance, /store/producers). */
export type ProducerSummary = {
  id: string
  handle: string
  name: string
  craft: string
  tagline: string | null
  town: string
  district: string
  latitude: number
  longitude: number
  farm_shop: boolean
  pickup: boolean
}

export type ProducerRelation = {
  supply_link_id: string
  material: string
  step: string
  status: string
  proven: boolean
  producer: { id: string; handle: string; name: string; craft: string; town: string }
}

export type ProducerClaim = {
  id: string
  type: string
  label: string
  issuer: string
  control_body_code: string | null
  valid_from: string
  valid_until: string | null
  state: "valid" | "pending" | "expired" | "not_yet_valid"
  producer_id: string
  product_id: string | null
  evidence_url?: string | null
}

export type Producer = ProducerSummary & {
  suppliers: ProducerRelation[]
  customers: ProducerRelation[]
  claims: ProducerClaim[]
  story: string
  postal_code: string | null
  website: string | null
  email: string | null
  phone: string | null
  opening_hours: { day: number; opens: string; closes: string }[] | null
  products: { id: string; handle: string; title: string }[]
}

/** The towns the producers are in, each once, in German alphabetical order. */
export const townsOf = (producers: { town: string }[]) =>
  [...new Set(producers.map((p) => p.town))].sort((a, b) => a.localeCompare(b, "de"))

export async function listProducers(locale: Locale, filters: { craft?: string; limit?: number } = {}) {
  return sdk.client.fetch<{ producers: ProducerSummary[]; count: number }>("/store/producers", {
    query: { limit: filters.limit ?? 100, ...(filters.craft ? { craft: filters.craft } : {}), ...localeQuery(locale) },
  })
}

/** A producer with its products, priced for the shop's region; null when the handle is unknown. */
export async function getProducer(
  locale: Locale,
  handle: string
): Promise<{ producer: Producer; products: ProductSummary[] } | null> {
  try {
    const { producer } = await sdk.client.fetch<{ producer: Producer }>(
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
