import { describe, expect, it } from "vitest"
import { parseSuggestionQuery, suggestionsRequest, toSuggestions } from "../suggestions"

const parse = (query: string) => parseSuggestionQuery(new URLSearchParams(query))

describe("parseSuggestionQuery", () => {
  it("takes the text trimmed, German unless English is asked for", () => {
    expect(parse("q=%20Bratw%20")).toEqual({ ok: true, query: { q: "Bratw", lang: "de" } })
    expect(parse("q=honey&lang=en")).toEqual({ ok: true, query: { q: "honey", lang: "en" } })
    expect(parse(`q=${"ä".repeat(100)}`)).toMatchObject({ ok: true })
  })

  it("refuses what cannot be a search, saying what is wrong in one line", () => {
    const refusals: [string, string][] = [
      ["", "q is required"],
      ["lang=de", "q is required"],
      ["q=B", "q must be at least 2 characters"],
      ["q=%20%20B%20%20", "q must be at least 2 characters"],
      [`q=${"a".repeat(101)}`, "q must be at most 100 characters"],
      ["q=Brot%00", "q must not contain control characters"],
      ["q=Bier&lang=fr", "lang must be one of de, en"],
      ["q=Bier&lang=", "lang must be one of de, en"],
      ["q=Bier&limit=100", "unknown parameter limit"],
      ["q=Bier&q=Brot", "q is given more than once"],
    ]
    for (const [query, message] of refusals) {
      const parsed = parse(query)
      expect(parsed.ok, query).toBe(false)
      if (!parsed.ok) {
        expect(parsed.message, query).toContain(message)
        expect(parsed.message, query).toMatch(/^Invalid request: /)
        expect(parsed.message, query).not.toContain("\n")
      }
    }
  })
})

describe("suggestionsRequest", () => {
  it("asks products, producers and categories in one batch, as a typeahead that forgives typos, best match first", () => {
    const typeahead = { match_strategy: "last", typo_tolerance: true, count: "none" }
    const byRelevance = { _score: "DESC" }
    expect(suggestionsRequest("Bratw")).toEqual({
      queries: [
        {
          entity: "product",
          fields: ["id", "handle", "title", "title_en", "producer_name"],
          filters: { q: "Bratw" },
          pagination: { take: 5, order: byRelevance },
          search_options: typeahead,
        },
        {
          entity: "producer",
          fields: ["id", "handle", "name", "town"],
          filters: { q: "Bratw" },
          pagination: { take: 3, order: byRelevance },
          search_options: typeahead,
        },
        {
          entity: "product_category",
          fields: ["id", "handle", "name", "name_en"],
          filters: { q: "Bratw" },
          pagination: { take: 3, order: byRelevance },
          search_options: typeahead,
        },
      ],
    })
  })
})

describe("toSuggestions", () => {
  const answer = {
    results: [
      {
        hits: [
          { id: "prod_1", document: { handle: "bratwurst-grob", title: "Fränkische Bratwurst, grob", title_en: "Franconian bratwurst, coarse", producer_name: "Metzgerei Hümmer" } },
          { id: "prod_2", document: { handle: "blaue-zipfel", title: "Blaue Zipfel", title_en: null, producer_name: null } },
          { id: "prod_3", document: { title: "Ohne Handle" } },
        ],
      },
      { hits: [{ id: "pdcr_1", document: { handle: "metzgerei-huemmer", name: "Metzgerei Hümmer", town: "Kulmbach" } }] },
      { hits: [{ id: "pcat_1", document: { handle: "fleisch-wurst", name: "Fleisch & Wurst", name_en: "Meat & Sausages" } }] },
    ],
  }

  it("lists German titles and names with links to the German pages", () => {
    expect(toSuggestions("de", "Bratw", answer)).toEqual({
      query: "Bratw",
      products: [
        { title: "Fränkische Bratwurst, grob", producer: "Metzgerei Hümmer", href: "/produkte/bratwurst-grob" },
        { title: "Blaue Zipfel", producer: null, href: "/produkte/blaue-zipfel" },
      ],
      producers: [{ name: "Metzgerei Hümmer", town: "Kulmbach", href: "/produzenten/metzgerei-huemmer" }],
      categories: [{ name: "Fleisch & Wurst", href: "/produkte?kategorie=fleisch-wurst" }],
    })
  })

  it("lists English texts where there are some, German where not, with links to the English pages", () => {
    const english = toSuggestions("en", "Bratw", answer)
    expect(english.products).toEqual([
      { title: "Franconian bratwurst, coarse", producer: "Metzgerei Hümmer", href: "/en/products/bratwurst-grob" },
      { title: "Blaue Zipfel", producer: null, href: "/en/products/blaue-zipfel" },
    ])
    expect(english.producers[0].href).toBe("/en/producers/metzgerei-huemmer")
    expect(english.categories).toEqual([{ name: "Meat & Sausages", href: "/en/products?kategorie=fleisch-wurst" }])
  })

  it("answers empty lists when an index found nothing or was left out", () => {
    expect(toSuggestions("de", "xy", { results: [{ hits: [] }] })).toEqual({ query: "xy", products: [], producers: [], categories: [] })
  })
})
