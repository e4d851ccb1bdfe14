import { MedusaError, search } from "@medusajs/framework/utils"
import {
  facetResults,
  filterExpression,
  indexSettings,
  paging,
  planFacets,
  sortExpression,
  toMeilisearchDocument,
} from "../translate"

/**
 * What the provider sends Meilisearch, for an index shaped like the catalog's. These tests
 * exercise the translation only; ./meilisearch.live.spec.ts runs it against a real server
 * when MEILISEARCH_HOST is set.
 */
const fields = search
  .define({
    id: search.keyword().filterable(),
    title: search.text().searchable({ weight: 3 }).sortable(),
    description: search.text().searchable(),
    producer_name: search.text().searchable({ weight: 2 }),
    producer_town: search.keyword().filterable().facetable(),
    claims: search.keyword().array().filterable().facetable(),
    price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
    in_stock: search.boolean().filterable(),
    created_at: search.date().filterable().sortable(),
    producer: search.object({ district: search.keyword().filterable() }),
  })
  .toFields()

const definition = { name: "product", primary_key: "id", fields, settings: {} }

describe("Meilisearch provider: index settings", () => {
  it("orders searchable attributes by weight and makes facets filterable", () => {
    const settings = indexSettings(definition)
    expect(settings.searchableAttributes).toEqual(["title", "producer_name", "description"])
    expect(settings.filterableAttributes.sort()).toEqual(
      ["claims", "created_at", "id", "in_stock", "price", "producer.district", "producer_town"].sort()
    )
    expect(settings.sortableAttributes.sort()).toEqual(["created_at", "price", "title"])
    expect(settings.typoTolerance.enabled).toBe(true)
  })

  it("refuses field types it cannot serve", () => {
    const geo = { ...definition, fields: { ...fields, where: { type: "geo" as const, filterable: true } } }
    expect(() => indexSettings(geo)).toThrow(/geo/)
  })
})

describe("Meilisearch provider: filters", () => {
  const compile = (filters: Record<string, unknown>) => filterExpression(filters as any, definition)

  it("translates equality, lists, ranges and array containment", () => {
    expect(compile({ producer_town: "Bamberg" })).toBe('producer_town = "Bamberg"')
    expect(compile({ producer_town: ["Bamberg", "Hof"] })).toBe('producer_town IN ["Bamberg", "Hof"]')
    expect(compile({ price: { $gte: 2, $lte: 4 } })).toBe("(price >= 2 AND price <= 4)")
    expect(compile({ claims: { $overlaps: ["eu_organic", "demeter"] } })).toBe('claims IN ["eu_organic", "demeter"]')
    expect(compile({ claims: { $contains: ["pgi", "regional_verified"] } })).toBe('(claims = "pgi" AND claims = "regional_verified")')
    expect(compile({ in_stock: true, producer_town: "Hof" })).toBe('(in_stock = true AND producer_town = "Hof")')
    expect(compile({ producer: { district: "Landkreis Bamberg" } })).toBe('producer.district = "Landkreis Bamberg"')
  })

  it("translates absence, negation and grouping", () => {
    expect(compile({ producer_town: null })).toBe("(producer_town IS NULL OR producer_town NOT EXISTS)")
    expect(compile({ price: { $exists: true } })).toBe("(price EXISTS AND price IS NOT NULL)")
    expect(compile({ $or: [{ producer_town: "Hof" }, { price: { $lt: 1 } }] })).toBe('(producer_town = "Hof" OR price < 1)')
    expect(compile({ $not: { in_stock: false } })).toBe("NOT in_stock = false")
    expect(compile({ claims: { $nin: ["pgi"] } })).toBe('claims NOT IN ["pgi"]')
  })

  it("compares dates as epoch milliseconds, the way documents store them", () => {
    const since = "2026-11-01T00:00:00.000Z"
    expect(compile({ created_at: { $gte: since } })).toBe(`created_at >= ${Date.parse(since)}`)
    const document = toMeilisearchDocument({ id: "p1", created_at: since, title: "Brot" }, definition)
    expect(document).toEqual({ id: "p1", created_at: Date.parse(since), title: "Brot" })
  })

  it("keeps a value a value: quotes and backslashes cannot end the string", () => {
    const sneaky = 'Bamberg" OR in_stock = false OR producer_town = "x\\'
    expect(compile({ producer_town: sneaky })).toBe('producer_town = "Bamberg\\" OR in_stock = false OR producer_town = \\"x\\\\"')
  })

  it("matches nothing for an empty list, leaves out the text query, and says nothing for no filters", () => {
    expect(compile({ producer_town: { $in: [] } })).toBe('producer_town IN ["\u0000"]')
    expect(compile({ q: "bier" })).toBeUndefined()
    expect(filterExpression(undefined, definition)).toBeUndefined()
  })

  it("rejects unknown fields as bad input and unsupported operators as not allowed", () => {
    const unknown = (() => {
      try {
        compile({ secret: 1 })
      } catch (error) {
        return error as MedusaError
      }
    })()
    expect(unknown?.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(unknown?.message).toContain("secret")
    expect(() => compile({ title: { $prefix: "Bra" } })).toThrow(/not supported/)
  })
})

describe("Meilisearch provider: sorting and facets", () => {
  it("sorts by the requested fields and leaves relevance to Meilisearch", () => {
    expect(sortExpression({ price: "DESC", title: "ASC" })).toEqual(["price:desc", "title:asc"])
    expect(sortExpression({ _score: "DESC" })).toBeUndefined()
  })

  it("answers value, stats and range facets in Medusa's shape", () => {
    const plan = planFacets(
      ["producer_town", { field: "price", type: "stats" }, { field: "price", type: "range", ranges: [{ to: 2 }, { from: 2, key: "2+" }] }],
      definition
    )
    expect(plan.facets).toEqual(["producer_town", "price"])
    expect(plan.ranges.map((r) => r.key)).toEqual(["*-2", "2+"])
    const result = facetResults(plan, { producer_town: { Hof: 2, Bamberg: 5 } }, { price: { min: 1.4, max: 9.9 } }, [3, 4], 7)
    expect(result?.producer_town).toEqual({ type: "value", values: [{ value: "Bamberg", count: 5 }, { value: "Hof", count: 2 }] })
    // The range request is the later one for "price", so it is what the answer holds.
    expect(result?.price).toEqual({
      type: "range",
      ranges: [
        { key: "*-2", from: undefined, to: 2, count: 3 },
        { key: "2+", from: 2, to: undefined, count: 4 },
      ],
    })
    expect(() => planFacets(["title"], definition)).toThrow(/not facetable/)
  })

  it("pages in whole pages for exact counts, and counts without hits in page mode", () => {
    expect(paging(48, 24, "exact")).toEqual({ hitsPerPage: 24, page: 3 })
    // Exact totals are only in page mode; with no hits wanted, a page of none.
    expect(paging(0, 0, "exact")).toEqual({ page: 1, hitsPerPage: 0 })
    expect(paging(10, 24, "exact")).toEqual({ offset: 10, limit: 24 })
    expect(paging(0, 0, "estimated")).toEqual({ offset: 0, limit: 0 })
  })
})
