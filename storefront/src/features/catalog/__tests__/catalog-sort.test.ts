import { describe, expect, it } from "vitest"
import { catalogSort } from "../load-catalog"
import { SORTS } from "../search-request"

describe("catalogSort", () => {
  it("puts the best matches first for a search the shopper did not sort, and offers relevance first", () => {
    expect(catalogSort("Bratwurst", undefined)).toEqual({
      sort: "relevanz",
      defaultSort: "relevanz",
      sorts: ["relevanz", "name", "neu", "preis-auf", "preis-ab"],
    })
    expect(SORTS.relevanz).toEqual({ _score: "DESC" })
  })

  it("keeps the shopper's own sort for a search", () => {
    expect(catalogSort("Bier", "preis-auf").sort).toBe("preis-auf")
    expect(catalogSort("Bier", "name").sort).toBe("name")
  })

  it("sorts by name without a search, and neither offers nor follows relevance there", () => {
    expect(catalogSort(undefined, undefined)).toEqual({ sort: "name", defaultSort: "name", sorts: ["name", "neu", "preis-auf", "preis-ab"] })
    expect(catalogSort(undefined, "relevanz").sort).toBe("name")
    expect(catalogSort(undefined, "neu").sort).toBe("neu")
  })

  it("ignores a sort it does not know", () => {
    expect(catalogSort("Bier", "teuer").sort).toBe("relevanz")
    expect(catalogSort(undefined, "").sort).toBe("name")
  })
})
