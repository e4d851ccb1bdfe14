import { foldGerman } from "@genussnetz/search/german"
import { foldSynonymGroups } from "@genussnetz/search/synonyms"
import { foldedQuery, germanTerms, synonymsSetting } from "../german"

/**
 * German food words as Meilisearch is given them: the same folding and compound parts as the
 * PostgreSQL provider (plugins/search), the query folded the same way, the association's
 * synonym list as Meilisearch's synonyms setting.
 */
describe("Meilisearch provider: German terms of a document", () => {
  it("holds folded spellings, compound heads and modifiers", () => {
    expect(germanTerms(["Rauchbier Märzen"])).toEqual({ words: ["marzen"], heads: ["bier"], modifiers: ["rauch"] })
    expect(germanTerms(["Kaese"]).words).toEqual(["kase"])
    // ß folds to ss whatever Meilisearch's normalizer makes of it: "Suesskirschen" must find these.
    expect(germanTerms(["Süßkirschen"]).words).toEqual(["susskirschen"])
    expect(germanTerms(["Kümmelweckla"]).heads).toEqual(["weckla"])
  })

  it("keeps a part that heads one text out of the modifiers of the group", () => {
    const terms = germanTerms(["Bierbrand", "Rauchbier"])
    expect(terms.heads.sort()).toEqual(["bier", "brand"])
    expect(terms.modifiers).toEqual(["rauch"])
  })

  it("adds nothing for plain words", () => {
    expect(germanTerms(["Brot vom Hof"])).toEqual({ words: [], heads: [], modifiers: [] })
  })
})

describe("Meilisearch provider: the query sent as q", () => {
  it("folds the words, so Käse, Kaese and kase ask the same", () => {
    expect(foldedQuery("Käse")).toBe("kase ")
    expect(foldedQuery("Kaese")).toBe(foldedQuery("kase"))
    expect(foldedQuery("Weißbier")).toBe(`${foldGerman("Weissbier")} `)
  })

  it("ends with a space so the last word is whole, except when the shopper is still typing", () => {
    expect(foldedQuery("Kulmbach Bier")).toBe("kulmbach bier ")
    expect(foldedQuery("Bratw", { strategy: "last" })).toBe("bratw")
    expect(foldedQuery("Roggen Br", { strategy: "last", typos: false })).toBe('"roggen" br')
  })

  it("quotes words for exact matching when typos are refused", () => {
    expect(foldedQuery("Bratwrst", { typos: false })).toBe('"bratwrst" ')
    expect(foldedQuery("Bratwrst", { typos: true })).toBe("bratwrst ")
  })

  it("carries no query syntax from the shopper, and tells no query from one without words", () => {
    expect(foldedQuery('"Bier" -Wein')).toBe("bier wein ")
    expect(foldedQuery(undefined)).toBeUndefined()
    expect(foldedQuery("   ")).toBeUndefined()
    expect(foldedQuery("!!")).toBeNull()
    expect(foldedQuery("a b c d e f g h i j")?.split(" ").filter(Boolean)).toHaveLength(8)
  })
})

describe("Meilisearch provider: synonyms", () => {
  const groups = foldSynonymGroups([
    ["Brötchen", "Semmel", "Weckla"],
    ["Pflaume", "Zwetschge"],
    ["Obstler", "Williams Birne"],
  ])
  const synonyms = synonymsSetting(groups)

  it("maps every folded term to the other terms of its group", () => {
    expect(synonyms.brotchen).toEqual(expect.arrayContaining(["semmel", "weckla"]))
    expect(synonyms.semmel).toEqual(expect.arrayContaining(["brotchen", "weckla"]))
    expect(synonyms.brotchen).not.toContain("brotchen")
  })

  it("writes one-word terms with their plural and case endings, as the PostgreSQL provider tolerates them", () => {
    // "Pflaume" finds the Hauszwetschgen, "Semmeln" the Weckla.
    expect(synonyms.pflaume).toContain("zwetschgen")
    expect(synonyms.semmeln).toContain("weckla")
  })

  it("joins multi-word terms with a space, as keys and as values", () => {
    expect(synonyms["williams birne"]).toContain("obstler")
    expect(synonyms.obstler).toEqual(["williams birne"])
  })

  it("is empty without groups", () => {
    expect(synonymsSetting([])).toEqual({})
  })
})
