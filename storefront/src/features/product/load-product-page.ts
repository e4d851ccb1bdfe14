import type { Locale } from "../../lib/i18n"
import { getBundle } from "../bundle/data"
import { getProvenance } from "../chain/data"
import { getProductByHandle, knownProductId, rememberProductId } from "./data"

/** A product's own data keyed by its id: its chain, and what it holds if it is a Genusspaket. */
const byId = (locale: Locale, productId: string) => Promise.all([getProvenance(locale, productId), getBundle(locale, productId)])

/**
 * A product page's data: the product, its chain and (for a Genusspaket) its makers, asked for
 * at once when the product's id is already known (they are keyed by id), one after the other
 * the first time. Null for an unknown handle.
 */
export async function loadProductPage(locale: Locale, handle: string) {
  const knownId = knownProductId(handle)
  const [product, early] = await Promise.all([getProductByHandle(locale, handle), knownId ? byId(locale, knownId) : Promise.resolve(undefined)])
  if (!product) return null
  rememberProductId(handle, product.id)
  const [provenance, bundle] = knownId === product.id && early !== undefined ? early : await byId(locale, product.id)
  return { product, provenance, bundle }
}
