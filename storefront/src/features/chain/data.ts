import type { Locale } from "../../lib/i18n"
import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import { MEMO_TTL_MS } from "../../lib/cache-policy"
import { memoize } from "../../lib/memo"
// The HTTP contract of the provenance plugin (types only; nothing of the plugin runs here).
import type { StoreProductProvenanceType as ProductProvenance } from "@genussnetz/provenance/http"
import type { StoreRegionalAlternativesType } from "@genussnetz/cooperation/http"

export type { ProductProvenance }
export type ChainNode = ProductProvenance["nodes"][number]
export type ChainEdge = ProductProvenance["edges"][number]
export type ChainClaim = ProductProvenance["claims"][number]

/**
 * A product's chain, figures, claims and meat origin; null if the backend knows none.
 * Remembered briefly (MEMO_TTL_MS): chains change when producers declare or confirm, not per visit.
 */
export const getProvenance = memoize(loadProvenance, { ttlMs: MEMO_TTL_MS })

async function loadProvenance(locale: Locale, productId: string): Promise<ProductProvenance | null> {
  try {
    const { provenance } = await sdk.client.fetch<{ provenance: ProductProvenance }>(
      `/store/products/${encodeURIComponent(productId)}/provenance`,
      { query: localeQuery(locale) }
    )
    return provenance
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Per supply link of the chain, the verified regional businesses that could deliver its material instead. */
export type RegionalAlternatives = Map<string, StoreRegionalAlternativesType["regional_alternatives"][number]["alternatives"]>

/**
 * For each input of a product's chain, who in the region could step in ("Ausweichbetrieb in
 * der Region"); extra, so an empty map when it cannot be read (the chain shows without it).
 */
export const getRegionalAlternatives = memoize(
  async (productId: string): Promise<RegionalAlternatives> => {
    try {
      const { regional_alternatives } = await sdk.client.fetch<StoreRegionalAlternativesType>(`/store/products/${encodeURIComponent(productId)}/regional-alternatives`)
      return new Map(regional_alternatives.map((entry) => [entry.supply_link_id, entry.alternatives]))
    } catch {
      return new Map()
    }
  },
  { ttlMs: MEMO_TTL_MS }
)

/** The label of a node: the product's title, or the raw material at its origin. */
export function nodeLabel(provenance: ProductProvenance, node: ChainNode): string {
  return node.kind === "product" ? provenance.products[node.product_id]?.title ?? "" : node.material
}
