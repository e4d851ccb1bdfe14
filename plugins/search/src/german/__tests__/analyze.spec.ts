import { compoundParts, foldGerman, indexTerms, queryWords, typoDistance } from ".."

describe("German food words", () => {
  it("folds umlauts and ß both ways to one spelling", () => {
    expect(foldGerman("Käse")).toBe("kase")
    expect(foldGerman("Kaese")).toBe("kase")
    expect(foldGerman("KÄSE")).toBe("kase")
    expect(foldGerman("Weißbier")).toBe(foldGerman("Weissbier"))
    expect(foldGerman("Brötchen")).toBe(foldGerman("Broetchen"))
    expect(foldGerman("Süßrahm")).toBe(foldGerman("Suessrahm"))
  })

  it.each([
    ["Rauchbier", ["bier"], ["rauch"]],
    ["Hefeweißbier", ["weissbier", "bier"], ["hefe", "weiss"]],
    ["Bergkäse", ["kase"], ["berg"]],
    ["Leberkäse", ["kase"], ["leber"]],
    ["Dinkelvollkornbrot", ["brot"], ["dinkel", "vollkorn", "voll", "korn"]],
    ["Kümmelweckla", ["weckla"], ["kummel"]],
    ["Bratwurstgulasch", ["gulasch"], ["bratwurst", "wurst", "brat"]],
    ["Schweinebauch", ["bauch"], ["schweine"]],
    ["Zwetschgenbrand", ["brand"], ["zwetschgen"]],
    ["Saiblingsfilet", ["filet"], ["saiblings"]],
    ["Freilandeier", ["eier"], ["freiland"]],
    ["Zoiglbier", ["bier"], ["zoigl"]],
  ])("splits %s into its head and modifiers", (word, heads, modifiers) => {
    const parts = compoundParts(foldGerman(word))
    expect(parts.heads).toEqual(heads)
    expect([...parts.modifiers].sort()).toEqual([...modifiers].sort())
  })

  it.each(["Schweine", "Bier", "Semmel", "Honig", "Wein", "Schinken"])("leaves %s whole", (word) => {
    expect(compoundParts(foldGerman(word))).toEqual({ heads: [], modifiers: [] })
  })

  it("never finds wine in pork", () => {
    expect(indexTerms("Schweinebraten vom Landschwein").heads).not.toContain("wein")
    expect(indexTerms("Schweinebraten vom Landschwein").modifiers).not.toContain("wein")
  })

  it("indexes spellings only where folding changes what an accent-stripping engine keeps", () => {
    expect(indexTerms("Käse").spellings).toEqual([])
    expect(indexTerms("Kaese vom Feuer").spellings).toEqual(["kase", "feur"])
  })

  it("reads a query as folded words, at most eight", () => {
    expect(queryWords("Kulmbach  Bier!")).toEqual(["kulmbach", "bier"])
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8)
    expect(queryWords(" %% ")).toEqual([])
  })

  it("counts a swap of neighbours as one typo", () => {
    expect(typoDistance("bratwrust", "bratwurst")).toBe(1)
    expect(typoDistance("bratwrst", "bratwurst")).toBe(1)
    expect(typoDistance("kase", "kase")).toBe(0)
    expect(typoDistance("bier", "bar")).toBe(2)
  })
})
