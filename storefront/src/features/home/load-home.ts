import type { Locale } from "../../lib/i18n"
import { sdk } from "../../lib/medusa"
import { listProducts, type ProductSummary } from "../catalog/data"
import { listProducers, townsOf, type ProducerSummary } from "../producer/data"
import { addDays, berlinToday, entriesByDay, firstEntries } from "../events/calendar"
import { listEvents } from "../events/data"
import { listStories, type ShopStory } from "../stories/data"

const FEATURED_PRODUCERS = 6
const SHOWN_PRODUCTS = 8
/** How many candidates a home section picks its cards from. */
const CANDIDATES = 24

/** One producer per craft, so the home page shows the breadth of the network. */
function onePerCraft(producers: ProducerSummary[]): ProducerSummary[] {
  const seen = new Set<string>()
  return producers.filter((p) => !seen.has(p.craft) && seen.add(p.craft)).slice(0, FEATURED_PRODUCERS)
}

/**
 * The same product from several makers (every village brews a Bockbier) would fill a section
 * with one picture: each title once first, in the list's order, then the second makers, …
 */
export function varietyFirst(products: ProductSummary[], count = SHOWN_PRODUCTS): ProductSummary[] {
  const rounds: ProductSummary[][] = []
  const seen = new Map<string, number>()
  for (const product of products) {
    const round = seen.get(product.title) ?? 0
    seen.set(product.title, round + 1)
    ;(rounds[round] ??= []).push(product)
  }
  return rounds.flat().slice(0, count)
}

/** This month in Franconia, 1–12. */
const currentMonth = () => Number(new Date().toLocaleString("en-US", { timeZone: "Europe/Berlin", month: "numeric" }))

/**
 * What is in season: products tagged `saison-MM` for this month (the seed's and the
 * association's convention, see seed/seasons.ts), filtered by Medusa's own product list.
 */
async function inSeason(locale: Locale): Promise<ProductSummary[]> {
  const value = `saison-${String(currentMonth()).padStart(2, "0")}`
  const { product_tags } = await sdk.client.fetch<{ product_tags: { id: string }[] }>("/store/product-tags", {
    query: { value, fields: "id" },
  })
  if (!product_tags.length) return []
  return varietyFirst((await listProducts({ locale, limit: CANDIDATES, tagId: product_tags[0].id })).products)
}

/** What is on in the next two weeks: the calendar's days from today, at most this many. */
const WHATS_ON_DAYS = 14
const WHATS_ON_SHOWN = 8
/** The newest stories beside the tours. */
const STORIES_SHOWN = 3

export async function loadHome(locale: Locale) {
  const today = berlinToday()
  const [{ producers }, { products }, seasonal, { events }, stories] = await Promise.all([
    listProducers(locale, { limit: 100 }),
    listProducts({ locale, limit: CANDIDATES, order: "-created_at" }),
    inSeason(locale),
    listEvents(locale, { from: today, to: addDays(today, WHATS_ON_DAYS), limit: 100 }),
    // The stories are extra: without them the home page still shows (and still links the tours).
    listStories(locale, { limit: STORIES_SHOWN })
      .then((list) => list.stories)
      .catch(() => [] as ShopStory[]),
  ])
  // Days in order, their entries in order, cut after the first few entries.
  const whatsOn = firstEntries(entriesByDay(events), WHATS_ON_SHOWN)
  return { producers: onePerCraft(producers), products: varietyFirst(products), towns: townsOf(producers), seasonal, whatsOn, stories }
}
