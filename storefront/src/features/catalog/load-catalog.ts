import { CRAFT_KEYS, type Locale } from "../../lib/i18n"
import { listProducers, townsOf } from "../producer/data"
import { listCategories, listProducts, type ProvenanceFilters } from "./data"

export const CATALOG_PAGE_SIZE = 24
export const RADII_KM = [10, 25, 50] as const
export const SORTS = { name: "title", neu: "-created_at" } as const
/** Claim filters a shopper understands: "Bio" covers the organic labels. */
export const CLAIM_FILTERS = {
  bio: ["eu_organic", "bioland", "naturland", "demeter"],
  regional: ["regional_verified"],
  handwerk: ["craft_slaughter"],
  gga: ["pgi", "pdo"],
} as const

/**
 * Everything the catalog page needs, from its URL — stable, shareable links:
 * `?kategorie=<handle>&handwerk=<craft>&ort=<town>&umkreis=<km>&nachweis=<claim>&sortierung=<name|neu>&seite=<n>`.
 * Unknown values are ignored, not errors; filtering across producers happens in the backend.
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
  const sort = (Object.keys(SORTS) as (keyof typeof SORTS)[]).find((k) => k === param("sortierung")) ?? "name"
  const activeCategory = categories.find((c) => c.handle === param("kategorie"))

  const filters: ProvenanceFilters = {}
  if (craft) filters.producer_craft = craft
  if (claimKey) filters.claim = [...CLAIM_FILTERS[claimKey]]
  if (town && radius) {
    // The town's centre, as the mean of its producers' sites.
    const here = producers.filter((p) => p.town === town)
    filters.near_lat = here.reduce((sum, p) => sum + p.latitude, 0) / here.length
    filters.near_lon = here.reduce((sum, p) => sum + p.longitude, 0) / here.length
    filters.radius_km = radius
  } else if (town) {
    filters.producer_town = town
  }

  const { products, count } = await listProducts({
    locale,
    limit: CATALOG_PAGE_SIZE,
    offset: (page - 1) * CATALOG_PAGE_SIZE,
    categoryId: activeCategory?.id,
    order: SORTS[sort],
    filters,
  })
  return {
    products,
    count,
    page,
    pageSize: CATALOG_PAGE_SIZE,
    categories,
    towns,
    activeCategory,
    selected: { craft, town, radius, claim: claimKey, sort },
  }
}
