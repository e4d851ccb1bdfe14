import type { Locale } from "../../lib/i18n"
import { isNotFound, localeQuery, sdk } from "../../lib/medusa"
import { MEMO_TTL_MS } from "../../lib/cache-policy"
import { memoize } from "../../lib/memo"
import { getProvenance, type ProductProvenance } from "../chain/data"
import type { FoodInformation } from "../product/food-information"

type Maker = { id: string; handle: string; name: string; craft: string; town: string }

/** The answer of the marketplace plugin's GET /store/products/:id/bundle. */
export type Bundle = {
  product_id: string
  packed_by: Maker | null
  components: {
    quantity: number
    /** The maker's share of the bundle's price, 0–1. */
    share: number
    variant_title: string
    variant_metadata: { net_quantity: number | null; net_unit: string | null } | null
    product: { id: string; handle: string; title: string; thumbnail: string | null; sold_alone: boolean } | null
    producer: Maker | null
    producer_address: { street: string | null; postal_code: string | null } | null
    /** What the law asks to be shown of each food before a distance sale; null where its maker gave none. */
    food_information: FoodInformation | null
  }[]
}

/** A Genusspaket with each component's own chain (null where its maker declared none). */
export type BundleWithChains = Bundle & { chains: (ProductProvenance | null)[] }

/** What a Genusspaket holds and who made it; null for any other product. Remembered for a minute. */
export const getBundle = memoize(loadBundle, { ttlMs: MEMO_TTL_MS })

async function loadBundle(locale: Locale, productId: string): Promise<BundleWithChains | null> {
  let bundle: Bundle
  try {
    ;({ bundle } = await sdk.client.fetch<{ bundle: Bundle }>(`/store/products/${encodeURIComponent(productId)}/bundle`, { query: localeQuery(locale) }))
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  const chains = await Promise.all(bundle.components.map((component) => (component.product ? getProvenance(locale, component.product.id) : null)))
  return { ...bundle, chains }
}
