import type { Locale } from "../../lib/i18n"
import { listProducts } from "../catalog/data"
import { listProducers, type ProducerSummary } from "../producer/data"

const FEATURED_PRODUCERS = 6

/** One producer per craft, so the home page shows the breadth of the network. */
function onePerCraft(producers: ProducerSummary[]): ProducerSummary[] {
  const seen = new Set<string>()
  return producers.filter((p) => !seen.has(p.craft) && seen.add(p.craft)).slice(0, FEATURED_PRODUCERS)
}

export async function loadHome(locale: Locale) {
  const [{ producers }, { products }] = await Promise.all([
    listProducers(locale, { limit: 100 }),
    listProducts({ locale, limit: 8, order: "-created_at" }),
  ])
  const towns = [...new Set(producers.map((p) => p.town))].sort((a, b) => a.localeCompare(b, "de"))
  return { producers: onePerCraft(producers), products, towns }
}
