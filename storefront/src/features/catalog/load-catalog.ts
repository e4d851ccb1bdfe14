import { CRAFT_KEYS, t, type Locale } from "../../lib/i18n"
import { listProducers, townsOf } from "../producer/data"
import { listCategories, searchProducts, type ProductSearch } from "./data"
import { CLAIM_FILTERS, SORTS, type SortKey } from "./search-request"

export const CATALOG_PAGE_SIZE = 24
export const RADII_KM = [10, 25, 50] as const
/** Bounds of the price filter in euros (a shop of groceries, not of tractors). */
const MAX_PRICE = 10_000

/**
 * The catalog's order: the one the shopper chose, else — with a search text — the best
 * matches first, else by name. Relevance needs a text to be relevant to, so without one it
 * is neither offered nor followed. `sorts` lists the choices, the default first.
 */
export function catalogSort(q: string | undefined, requested: string | undefined) {
  const defaultSort: SortKey = q ? "relevanz" : "name"
  const chosen = (Object.keys(SORTS) as SortKey[]).find((key) => key === requested)
  const sort = chosen && (chosen !== "relevanz" || q) ? chosen : defaultSort
  const sorts = [defaultSort, ...(Object.keys(SORTS) as SortKey[]).filter((key) => key !== defaultSort && key !== "relevanz")]
  return { sort, defaultSort, sorts }
}

/**
 * Everything the catalog page needs, from its URL — stable, shareable links:
 * `?suche=<text>&kategorie=<handle>&handwerk=<craft>&ort=<town>&umkreis=<km>&nachweis=<claim>&preis-von=<EUR>
 * &preis-bis=<EUR>&verfuegbar=1&sortierung=<relevanz|name|neu|preis-auf|preis-ab>&seite=<n>`.
 * Unknown values are ignored, not errors; filtering across producers happens in the
 * backend's search index. With a search text and no sort chosen, the best matches come
 * first; without one, by name.
 */
export async function loadCatalog(locale: Locale, url: URL) {
  const param = (key: string) => url.searchParams.get(key) ?? undefined
  const requestedPage = Number.parseInt(param("seite") ?? "1", 10)
  const page = Number.isFinite(requestedPage) && requestedPage > 0 && requestedPage < 10_000 ? requestedPage : 1
  const [categories, { producers }] = await Promise.all([listCategories(locale), listProducers(locale, { limit: 100 })])

  const towns = townsOf(producers)
  const craft = CRAFT_KEYS.find((c) => c === param("handwerk"))
  const town = towns.find((t) => t === param("ort"))
  const radius = RADII_KM.find((r) => String(r) === param("umkreis"))
  const claimKey = (Object.keys(CLAIM_FILTERS) as (keyof typeof CLAIM_FILTERS)[]).find((k) => k === param("nachweis"))
  const activeCategory = categories.find((c) => c.handle === param("kategorie"))

  const price = (key: string) => {
    const value = Number.parseFloat((param(key) ?? "").replace(",", "."))
    return Number.isFinite(value) && value >= 0 && value <= MAX_PRICE ? value : undefined
  }
  const priceFrom = price("preis-von")
  const priceTo = price("preis-bis")
  const inStockOnly = param("verfuegbar") === "1"
  const q = param("suche")?.trim().slice(0, 100) || undefined
  const { sort, defaultSort, sorts } = catalogSort(q, param("sortierung"))

  const filters: ProductSearch["filters"] = {}
  if (activeCategory) filters.category_ids = activeCategory.id
  if (craft) filters.producer_craft = craft
  if (claimKey) filters.claims = { $overlaps: [...CLAIM_FILTERS[claimKey]] }
  if (priceFrom !== undefined || priceTo !== undefined) {
    filters.price = { ...(priceFrom !== undefined ? { $gte: priceFrom } : {}), ...(priceTo !== undefined ? { $lte: priceTo } : {}) }
  }
  if (inStockOnly) filters.in_stock = true
  let near: ProductSearch["near"]
  if (town && radius) {
    // The town's centre, as the mean of its producers' sites.
    const here = producers.filter((p) => p.town === town)
    near = {
      latitude: here.reduce((sum, p) => sum + p.latitude, 0) / here.length,
      longitude: here.reduce((sum, p) => sum + p.longitude, 0) / here.length,
      radiusKm: radius,
    }
  } else if (town) {
    filters.producer_town = town
  }

  const { products, count, facets } = await searchProducts({
    locale,
    q,
    filters,
    near,
    order: SORTS[sort],
    skip: (page - 1) * CATALOG_PAGE_SIZE,
    take: CATALOG_PAGE_SIZE,
    countClaimGroups: CLAIM_FILTERS,
  })
  return {
    products,
    count,
    page,
    pageSize: CATALOG_PAGE_SIZE,
    categories,
    towns,
    activeCategory,
    facets,
    heading: q ? t(locale, "searchResultsFor").replace("{q}", q) : (activeCategory?.name ?? t(locale, "allProducts")),
    sorts,
    selected: { q, craft, town, radius, claim: claimKey, priceFrom, priceTo, inStockOnly, sort, defaultSort },
  }
}
