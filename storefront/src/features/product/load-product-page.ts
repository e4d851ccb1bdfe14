import type { Locale } from "../../lib/i18n"
import { getProvenance } from "../chain/data"
import { getProductByHandle, knownProductId, rememberProductId } from "./data"

/**
 * A product page's data: the product and its chain, asked for at once when the product's id
 * is already known (the chain is keyed by id), one after the other the first time. Null for
 * an unknown handle.
 */
export async function loadProductPage(locale: Locale, handle: string) {
  const knownId = knownProductId(handle)
  const [product, early] = await Promise.all([
    getProductByHandle(locale, handle),
    knownId ? getProvenance(locale, knownId) : Promise.resolve(undefined),
  ])
  if (!product) return null
  rememberProductId(handle, product.id)
  const provenance = knownId === product.id && early !== undefined ? early : await getProvenance(locale, product.id)
  return { product, provenance }
}
