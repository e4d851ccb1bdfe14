/**
 * The built package is what backend/medusa-config.ts resolves when MEILISEARCH_HOST is set:
 * `npm test` builds the plugins first, so a broken export path or a provider that would not
 * register fails here rather than on the first deployment with Meilisearch.
 */
describe("the Meilisearch provider package", () => {
  it("exports a Search Module provider named meilisearch that insists on a host", () => {
    const provider = require("@genussnetz/search-meilisearch/providers/meilisearch").default
    expect(provider.module).toBe("search")
    const [service] = provider.services
    expect(service.identifier).toBe("meilisearch")
    expect(() => service.validateOptions({})).toThrow(/MEILISEARCH_HOST/)
    expect(() => service.validateOptions({ host: "http://127.0.0.1:7700" })).not.toThrow()
  })
})
