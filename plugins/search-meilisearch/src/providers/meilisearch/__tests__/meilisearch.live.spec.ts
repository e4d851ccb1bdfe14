import { search } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "../service"

/**
 * Against a real Meilisearch, when one is configured (MEILISEARCH_HOST, MEILISEARCH_API_KEY).
 * No Meilisearch can be installed on the project's CI machines, so there this suite is
 * reported as skipped — it is not counted as coverage; ./translate.spec.ts is what runs there.
 */
const host = process.env.MEILISEARCH_HOST

describe.runIf(!!host)("Meilisearch provider against a real Meilisearch", () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as any
  const provider = new MeilisearchSearchService({ logger }, { host: host!, api_key: process.env.MEILISEARCH_API_KEY, index_prefix: "genussnetz_test_" })
  const physical = `product_${Date.now()}`
  const fields = search
    .define({
      id: search.keyword().filterable(),
      title: search.text().searchable().sortable(),
      producer_town: search.keyword().filterable().facetable(),
      price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
      in_stock: search.boolean().filterable(),
      created_at: search.date().filterable().sortable(),
    })
    .toFields()
  const index = { name: "product", entity: "product", physical_name: physical, primary_key: "id", provider: "meilisearch", fields, settings: {}, definition_hash: "test", seed: async function* () {} } as any

  afterAll(async () => {
    await provider.deleteIndex({ index: physical })
  })

  it("creates the index, writes documents, and filters, sorts and facets them", async () => {
    expect((await provider.upsertIndex({ index })).status).toBe("succeeded")
    const documents = [
      { id: "p1", title: "Bauernbrot", producer_town: "Bayreuth", price: 5.3, in_stock: true, created_at: "2026-01-01T00:00:00Z" },
      { id: "p2", title: "Rauchbier", producer_town: "Bamberg", price: 1.6, in_stock: true, created_at: "2026-02-01T00:00:00Z" },
      { id: "p3", title: "Kellerbier", producer_town: "Bamberg", price: 1.4, in_stock: false, created_at: "2026-03-01T00:00:00Z" },
    ]
    expect((await provider.upsertDocuments({ index: physical, definition: index, documents })).status).toBe("succeeded")

    const result = await provider.search({
      index,
      attributes_to_retrieve: ["id", "price"],
      filters: { producer_town: "Bamberg", price: { $lte: 2 } },
      pagination: { skip: 0, take: 10, order: { price: "ASC" } },
      search_options: { facets: ["producer_town", { field: "price", type: "stats" }], count: "exact" },
    })
    expect(result.hits.map((hit) => hit.id)).toEqual(["p3", "p2"])
    expect(result.metadata.count).toBe(2)
    expect(result.facets?.price).toMatchObject({ type: "stats", min: 1.4, max: 1.6 })

    const recent = await provider.search({ index, attributes_to_retrieve: ["id"], filters: { created_at: { $gte: "2026-02-15T00:00:00Z" } } })
    expect(recent.hits.map((hit) => hit.id)).toEqual(["p3"])

    await provider.deleteDocuments({ index: physical, filters: { id: ["p1"] } })
    const rest = await provider.search({ index, attributes_to_retrieve: ["id"], search_options: { count: "exact" } })
    expect(rest.metadata.count).toBe(2)
  })
})
