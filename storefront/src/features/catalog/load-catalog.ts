import type { Locale } from "../../lib/i18n"
import { listCategories, listProducts } from "./data"

export const CATALOG_PAGE_SIZE = 24

/**
 * Everything the catalog page needs, from its URL: `?kategorie=<handle>&seite=<n>`.
 * Unknown categories and pages out of range fall back to what exists.
 */
export async function loadCatalog(locale: Locale, url: URL) {
  const requestedPage = Number.parseInt(url.searchParams.get("seite") ?? "1", 10)
  const page = Number.isFinite(requestedPage) && requestedPage > 0 && requestedPage < 10_000 ? requestedPage : 1
  const categories = await listCategories(locale)
  const activeCategory = categories.find((c) => c.handle === url.searchParams.get("kategorie"))
  const { products, count } = await listProducts({
    locale,
    limit: CATALOG_PAGE_SIZE,
    offset: (page - 1) * CATALOG_PAGE_SIZE,
    categoryId: activeCategory?.id,
  })
  return { products, count, page, pageSize: CATALOG_PAGE_SIZE, categories, activeCategory }
}
