import { describe, expect, it } from "vitest"
import { catalogSearchRequest, CLAIM_FILTERS } from "../search-request"

describe("catalogSearchRequest", () => {
  it("asks for one page of hits with an estimated count, the value facets and the price stats", () => {
    const body = catalogSearchRequest({
      filters: { producer_craft: "brewery" },
      order: { price: "ASC", handle: "ASC" },
      skip: 24,
      take: 24,
    })
    expect(body).toEqual({
      queries: [
        {
          entity: "product",
          fields: ["id", "in_stock"],
          filters: { producer_craft: "brewery" },
          pagination: { skip: 24, take: 24, order: { price: "ASC", handle: "ASC" } },
          search_options: {
            facets: [
              { field: "category_ids", limit: 100 },
              { field: "producer_craft", limit: 100 },
              { field: "producer_town", limit: 100 },
              { field: "in_stock", limit: 100 },
              { field: "price", type: "stats" },
            ],
            disjunctive_facets: true,
            count: "estimated",
          },
        },
      ],
    })
  })

  it("puts the text into the hits query and into every claim-group count", () => {
    const body = catalogSearchRequest({ q: "Bier", filters: {}, order: {}, skip: 0, take: 10, countClaimGroups: { gga: ["pgi", "pdo"] } })
    expect(body.queries.map((query) => query.filters)).toEqual([{ q: "Bier" }, { q: "Bier", claims: { $overlaps: ["pgi", "pdo"] } }])
  })

  it("forgives a typo in the shopper's text, in the hits and in every count alike", () => {
    const body = catalogSearchRequest({ q: "Bratwrst", filters: {}, order: { _score: "DESC" }, skip: 0, take: 24, countClaimGroups: { bio: CLAIM_FILTERS.bio } })
    expect(body.queries.map((query) => query.search_options)).toEqual([
      expect.objectContaining({ typo_tolerance: true, disjunctive_facets: true }),
      { count: "exact", typo_tolerance: true },
    ])
    expect(body.queries[0].pagination).toEqual({ skip: 0, take: 24, order: { _score: "DESC" } })
    // Without a text there is nothing to forgive.
    const browsing = catalogSearchRequest({ filters: {}, order: {}, skip: 0, take: 24, countClaimGroups: { bio: CLAIM_FILTERS.bio } })
    for (const query of browsing.queries) expect(query.search_options).not.toHaveProperty("typo_tolerance")
  })

  it("leaves an empty text out instead of searching for nothing", () => {
    const body = catalogSearchRequest({ q: "", filters: { in_stock: true }, order: {}, skip: 0, take: 10 })
    expect(body.queries[0].filters).toEqual({ in_stock: true })
  })

  it("counts each claim group under every other filter but its own claim filter, without hits", () => {
    const body = catalogSearchRequest({
      filters: { producer_town: "Bamberg", in_stock: true, claims: { $overlaps: ["bioland"] } },
      order: { title: "ASC" },
      skip: 0,
      take: 24,
      countClaimGroups: { bio: CLAIM_FILTERS.bio, regional: CLAIM_FILTERS.regional },
    })
    expect(body.queries).toHaveLength(3)
    // The hits keep the shopper's own claim filter …
    expect(body.queries[0].filters).toEqual({ producer_town: "Bamberg", in_stock: true, claims: { $overlaps: ["bioland"] } })
    // … each group's count replaces it by the group's claim types.
    expect(body.queries[1]).toEqual({
      entity: "product",
      fields: ["id"],
      filters: { producer_town: "Bamberg", in_stock: true, claims: { $overlaps: ["eu_organic", "bioland", "naturland", "demeter"] } },
      pagination: { skip: 0, take: 0 },
      search_options: { count: "exact" },
    })
    expect(body.queries[2].filters).toEqual({ producer_town: "Bamberg", in_stock: true, claims: { $overlaps: ["regional_verified"] } })
  })

  it("does not hand the caller's claim list to the request by reference", () => {
    const types = ["pgi"] as const
    const body = catalogSearchRequest({ filters: {}, order: {}, skip: 0, take: 1, countClaimGroups: { gga: types } })
    const overlaps = (body.queries[1].filters as { claims: { $overlaps: string[] } }).claims.$overlaps
    expect(overlaps).toEqual(["pgi"])
    expect(overlaps).not.toBe(types)
  })
})
