import { MedusaError, search } from "@medusajs/framework/utils"
import {
  attributesToSearchOn,
  facetResults,
  filterExpression,
  geoFields,
  indexSettings,
  paging,
  planFacets,
  publicDocument,
  RANKING_RULES,
  searchTiers,
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
    title_en: search.text().searchable({ weight: 3 }),
    description: search.text().searchable(),
    producer_name: search.text().searchable({ weight: 2 }),
    producer_town: search.keyword().filterable().facetable(),
    claims: search.keyword().array().filterable().facetable(),
    price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
    in_stock: search.boolean().filterable(),
    created_at: search.date().filterable().sortable(),
    producer_latitude: search.float().filterable(),
    producer_longitude: search.float().filterable(),
    producer: search.object({ district: search.keyword().filterable() }),
  })
  .toFields()

const definition = { name: "product", primary_key: "id", fields, settings: {} }

describe("Meilisearch provider: index settings", () => {
  it("orders searchable attributes by weight, each tier followed by its German terms, heads before modifiers", () => {
    const settings = indexSettings(definition)
    expect(settings.searchableAttributes).toEqual([
      "title",
      "title_en",
      "_german_t0_words",
      "_german_t0_heads",
      "_german_t0_modifiers",
      "producer_name",
      "_german_t1_words",
      "_german_t1_heads",
      "_german_t1_modifiers",
      "description",
      "_german_t2_words",
      "_german_t2_heads",
      "_german_t2_modifiers",
    ])
    expect(searchTiers(definition).map((tier) => [tier.weight, tier.fields])).toEqual([
      [3, ["title", "title_en"]],
      [2, ["producer_name"]],
      [1, ["description"]],
    ])
  })

  it("makes facets filterable, `_geo` filterable and sortable, and returns only the declared fields", () => {
    const settings = indexSettings(definition)
    expect(settings.filterableAttributes.sort()).toEqual(
      ["_geo", "claims", "created_at", "id", "in_stock", "price", "producer.district", "producer_latitude", "producer_longitude", "producer_town"].sort()
    )
    expect(settings.sortableAttributes.sort()).toEqual(["_geo", "created_at", "price", "title"])
    expect(settings.displayedAttributes).toEqual(Object.keys(fields))
    expect(settings.displayedAttributes.some((name) => name.startsWith("_"))).toBe(false)
    expect(settings.rankingRules).toEqual(RANKING_RULES)
    expect(RANKING_RULES.slice(0, 2)).toEqual(["words", "sort"])
  })

  it("allows one typo from 5 letters and two from 9, unless the definition says otherwise", () => {
    expect(indexSettings(definition).typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnAttributes: [],
    })
    const strict = { ...definition, settings: { typo_tolerance: { min_word_size_for_one_typo: 6, disabled_on_attributes: ["id"] } } }
    expect(indexSettings(strict).typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 6, twoTypos: 9 },
      disableOnAttributes: ["id"],
    })
  })

  it("marks German fields deu and English ones (…_en) eng, and writes the synonyms it is given", () => {
    const settings = indexSettings(definition, { semmel: ["weckla"] })
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ["title", "producer_name", "description"], locales: ["deu"] },
      { attributePatterns: ["title_en"], locales: ["eng"] },
    ])
    expect(settings.synonyms).toEqual({ semmel: ["weckla"] })
    expect("synonyms" in indexSettings(definition)).toBe(false)
  })

  it("refuses field types it cannot serve", () => {
    const geo = { ...definition, fields: { ...fields, where: { type: "geo" as const, filterable: true } } }
    expect(() => indexSettings(geo)).toThrow(/geo/)
  })
})

describe("Meilisearch provider: documents", () => {
  it("adds the German terms of each tier, `_geo` from the producer's coordinates, and dates as numbers", () => {
    const document = toMeilisearchDocument(
      {
        id: "p1",
        title: "Hefeweißbier",
        title_en: "Wheat beer",
        producer_name: "Brauerei Kaesmann",
        description: "Ein Rauchbier aus Bamberg",
        producer_latitude: 49.89,
        producer_longitude: 10.89,
        created_at: "2026-11-01T00:00:00.000Z",
      },
      definition
    )
    expect(document).toMatchObject({
      id: "p1",
      title: "Hefeweißbier",
      _german_t0_words: ["hefeweissbier"],
      _german_t0_heads: ["weissbier", "bier"],
      _german_t0_modifiers: ["hefe", "weiss"],
      // The ue rule folds words that never had an umlaut too; query and index agree on it.
      _german_t1_words: ["braurei", "kasmann"],
      _german_t2_heads: ["bier"],
      _german_t2_modifiers: ["rauch"],
      _geo: { lat: 49.89, lng: 10.89 },
      created_at: Date.parse("2026-11-01T00:00:00.000Z"),
    })
    // No empty hidden attribute is written.
    expect("_german_t1_heads" in document).toBe(false)
  })

  it("writes no `_geo` without both coordinates", () => {
    const document = toMeilisearchDocument({ id: "p2", title: "Brot", producer_latitude: null, producer_longitude: 10 }, definition)
    expect("_geo" in document).toBe(false)
    expect(geoFields(definition)).toEqual({ lat: "producer_latitude", lng: "producer_longitude" })
    expect(geoFields({ fields: { id: fields.id } })).toBeUndefined()
  })

  it("hands back hits without hidden attributes and Meilisearch's own keys, narrowed to what was asked", () => {
    const hit = { id: "p1", title: "Rauchbier", price: 2, _german_t0_heads: ["bier"], _geo: { lat: 1, lng: 2 }, _rankingScore: 0.9 }
    expect(publicDocument(hit, definition, undefined)).toEqual({ id: "p1", title: "Rauchbier", price: 2 })
    expect(publicDocument(hit, definition, ["id", "price"])).toEqual({ id: "p1", price: 2 })
  })

  it("searches the German terms of the tiers a restricted query names", () => {
    expect(attributesToSearchOn(["producer_name"], definition)).toEqual([
      "producer_name",
      "_german_t1_words",
      "_german_t1_heads",
      "_german_t1_modifiers",
    ])
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

  it("compiles a delete's filter without the definition, leaving the field check to Meilisearch", () => {
    const unknown = { name: "product", primary_key: "id", fields: {}, settings: {} }
    expect(filterExpression({ store_id: "store_1", producer: { town: ["Hof"] } }, unknown, { lenient: true })).toBe(
      '(store_id = "store_1" AND producer.town IN ["Hof"])'
    )
    expect(() => filterExpression({ store_id: "store_1" }, unknown)).toThrow(/Unknown field/)
  })
})

describe("Meilisearch provider: sorting and facets", () => {
  it("sorts by the requested fields and leaves relevance to Meilisearch from `_score` on", () => {
    expect(sortExpression({ price: "DESC", title: "ASC" })).toEqual(["price:desc", "title:asc"])
    expect(sortExpression({ _score: "DESC" })).toBeUndefined()
    expect(sortExpression({ _score: "DESC", handle: "ASC" })).toBeUndefined()
    expect(sortExpression({ in_stock: "DESC", _score: "DESC", handle: "ASC" })).toEqual(["in_stock:desc"])
    expect(() => sortExpression({ _score: "ASC" })).toThrow(/descending/)
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
    expect(paging(48, 24, "exact")).toEqual({ params: { hitsPerPage: 24, page: 3 }, drop: 0 })
    // Exact totals are only in page mode; with no hits wanted, a page of none.
    expect(paging(0, 0, "exact")).toEqual({ params: { page: 1, hitsPerPage: 0 }, drop: 0 })
    // A skip off the page grid: the first skip + take hits, the first skip dropped.
    expect(paging(10, 24, "exact")).toEqual({ params: { page: 1, hitsPerPage: 34 }, drop: 10 })
    expect(paging(10, 24, "estimated")).toEqual({ params: { offset: 10, limit: 24 }, drop: 0 })
    expect(paging(0, 0, "none")).toEqual({ params: { offset: 0, limit: 0 }, drop: 0 })
  })
})
