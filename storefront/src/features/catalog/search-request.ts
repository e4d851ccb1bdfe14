// Kept free of runtime imports so bench/storefront.mjs can load it with plain Node (which strips
// types) and measure exactly the search the catalog page sends.
import type { ClaimType } from "@genussnetz/provenance/http"

/** Claim filters a shopper understands: "Bio" covers the organic labels. */
export const CLAIM_FILTERS = {
  bio: ["eu_organic", "bioland", "naturland", "demeter"],
  regional: ["regional_verified"],
  handwerk: ["craft_slaughter"],
  gga: ["pgi", "pdo"],
} as const satisfies Record<string, readonly ClaimType[]>

/** The index fields the catalog offers as filters with a count per value. */
export const VALUE_FACETS = ["category_ids", "producer_craft", "producer_town", "in_stock"] as const
export type ValueFacet = (typeof VALUE_FACETS)[number]

export type CatalogSearch = {
  q?: string
  filters: Record<string, unknown>
  order: Record<string, "ASC" | "DESC">
  skip: number
  take: number
  /** Claim groups to count: a group matches products holding any of its claim types. */
  countClaimGroups?: Record<string, readonly string[]>
}

/**
 * Sort keys in the URL, and the index fields they order by (the unique handle last, so pages never
 * overlap; equally relevant products follow the search index's own order, its ids, which lets the
 * PostgreSQL provider fetch a page of a common word without ranking every match).
 */
export const SORTS = {
  /** Best match first (the search's score): only with a search text, and then unless another sort is chosen. */
  relevanz: { _score: "DESC" },
  name: { title: "ASC", handle: "ASC" },
  neu: { created_at: "DESC", handle: "ASC" },
  "preis-auf": { price: "ASC", handle: "ASC" },
  "preis-ab": { price: "DESC", handle: "ASC" },
} as const satisfies Record<string, CatalogSearch["order"]>
export type SortKey = keyof typeof SORTS

/**
 * The body of the catalog's one `POST /store/search`: the page of hits with its count, the
 * value facets and the price range — each facet counted under every other active filter but
 * not its own (Medusa's disjunctive facets) — and one count per claim group.
 */
export function catalogSearchRequest({ q, filters, order, skip, take, countClaimGroups = {} }: CatalogSearch) {
  const text = q ? { q } : {}
  // A shopper's text forgives a typo ("Bratwrst"); the counts read it the same way as the hits.
  const typos = q ? { typo_tolerance: true } : {}
  const { claims: _claims, ...withoutClaims } = filters
  return {
    queries: [
      {
        entity: "product",
        fields: ["id", "in_stock"],
        filters: { ...filters, ...text },
        pagination: { skip, take, order },
        search_options: {
          facets: [...VALUE_FACETS.map((field) => ({ field, limit: 100 })), { field: "price", type: "stats" }],
          disjunctive_facets: true,
          // Exact up to 1,000 products, beyond that the index's estimate (as Meilisearch counts):
          // a common word's pages then cost the page, not a count of every match.
          count: "estimated",
          ...typos,
        },
      },
      // A claim group is several claim types: a product holding two of them must count
      // once, which summing a value facet would not do, so each group is counted.
      ...Object.values(countClaimGroups).map((types) => ({
        entity: "product",
        fields: ["id"],
        filters: { ...withoutClaims, ...text, claims: { $overlaps: [...types] } },
        pagination: { skip: 0, take: 0 },
        search_options: { count: "exact", ...typos },
      })),
    ],
  }
}
