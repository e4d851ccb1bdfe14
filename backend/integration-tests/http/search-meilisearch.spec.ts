import { searchBehaviourSuite } from "./helpers/search-behaviour"

// The same behaviour on Meilisearch, which CI machines cannot reach: this suite runs only
// with MEILISEARCH_HOST set, and says so when it does not.
if (process.env.MEILISEARCH_HOST) {
  searchBehaviourSuite("meilisearch")
} else {
  console.warn("[search] MEILISEARCH_HOST is not set: the search behaviour suite did NOT run against Meilisearch")
  describe.skip("search behaviour on Meilisearch (MEILISEARCH_HOST not set)", () => {
    it("runs only against a real Meilisearch", () => {})
  })
}
