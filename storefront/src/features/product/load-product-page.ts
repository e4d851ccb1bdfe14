import type { Locale } from "../../lib/i18n"
import { getBundle } from "../bundle/data"
import { getProvenance, getRegionalAlternatives } from "../chain/data"
import { upcomingEvents } from "../events/load-events"
import { listStories, type ShopStory } from "../stories/data"
import { getProductByHandle, knownProducerId, knownProductId, rememberProductId } from "./data"

/** The stories about a product; extra, so none when they cannot be read (the page shows without them). */
const storiesAbout = (locale: Locale, productId: string) =>
  listStories(locale, { productId, limit: 10 })
    .then((list) => list.stories)
    .catch(() => [] as ShopStory[])

/** A product's own data keyed by its id: its chain and who could step in along it, what it holds if it is a Genusspaket, the stories about it. */
const byId = (locale: Locale, productId: string) =>
  Promise.all([getProvenance(locale, productId), getBundle(locale, productId), storiesAbout(locale, productId), getRegionalAlternatives(productId)])

/**
 * A product page's data: the product, its chain (with who could step in along it), (for a Genusspaket) its makers, the stories
 * about it and its producer's coming events — asked for at once when the product's and its
 * producer's ids are already known (they are keyed by id), one after the other the first time.
 * Null for an unknown handle.
 */
export async function loadProductPage(locale: Locale, handle: string) {
  const knownId = knownProductId(handle)
  const knownProducer = knownProducerId(handle)
  const [product, early, earlyEvents] = await Promise.all([
    getProductByHandle(locale, handle),
    knownId ? byId(locale, knownId) : Promise.resolve(undefined),
    knownProducer ? upcomingEvents(locale, { producerId: knownProducer }) : Promise.resolve(undefined),
  ])
  if (!product) return null
  const producerId = product.producer?.id ?? null
  rememberProductId(handle, product.id, producerId)
  const [[provenance, bundle, stories, alternatives], events] = await Promise.all([
    knownId === product.id && early !== undefined ? early : byId(locale, product.id),
    knownProducer === producerId && earlyEvents !== undefined ? earlyEvents : upcomingEvents(locale, { producerId: producerId ?? undefined }),
  ])
  return { product, provenance, bundle, stories, events, alternatives }
}
