import { foldSynonymGroups, SynonymSource, SYNONYM_REFRESH_MS, synonymsOf } from ".."

const groups = foldSynonymGroups([
  ["Brötchen", "Semmel", "Weckla"],
  ["Schnaps", "Obstbrand", "Obstler"],
  ["Quark", "Topfen"],
  ["Allein"],
  ["Rote Bete", "Rote Rübe"],
])

describe("synonym groups", () => {
  it("finds the other terms of a word's group, folded, also in another spelling or with an ending", () => {
    expect(synonymsOf("semmel", groups)).toEqual([["brotchen"], ["weckla"]])
    expect(synonymsOf("semmeln", groups)).toEqual([["brotchen"], ["weckla"]])
    expect(synonymsOf("brotchen", groups)).toEqual([["semmel"], ["weckla"]])
    expect(synonymsOf("topfen", groups)).toEqual([["quark"]])
  })

  it("keeps multi-word terms as words, and drops groups of one", () => {
    expect(groups).toHaveLength(4)
    expect(synonymsOf("allein", groups)).toEqual([])
    expect(groups[3]).toEqual([["rote", "bete"], ["rote", "rube"]])
  })

  it("does not take a short word for the start of a longer one", () => {
    expect(synonymsOf("ob", groups)).toEqual([])
    expect(synonymsOf("schnapsidee", groups)).toEqual([])
  })
})

describe("the synonym list as a provider reads it", () => {
  const table = (rows: { terms: string[] }[]) => {
    const calls: string[] = []
    return {
      calls,
      rows,
      manager: { execute: async (sql: string) => (calls.push(sql), rows) },
    }
  }

  it("reads the table once, then again only after the refresh interval, while answering from what it read", async () => {
    const db = table([{ terms: ["Quark", "Topfen"] }])
    const source = new SynonymSource(db.manager)
    expect(await source.groups()).toEqual([[["quark"], ["topfen"]]])
    await source.groups()
    expect(db.calls).toHaveLength(1)
    db.rows.push({ terms: ["Sahne", "Rahm"] })
    await new Promise((resolve) => setTimeout(resolve, SYNONYM_REFRESH_MS + 50))
    // The first call after the interval still answers the old list and reads in the background.
    expect(await source.groups()).toHaveLength(1)
    await source.refresh()
    expect(await source.groups()).toHaveLength(2)
  })

  it("searches without synonyms when the table cannot be read, and says so once per read", async () => {
    const errors: string[] = []
    const source = new SynonymSource({ execute: async () => Promise.reject(new Error("no table")) }, (e) => errors.push(e.message))
    expect(await source.groups()).toEqual([])
    expect(errors).toEqual(["no table"])
  })

  it("changes its version when the list changes", async () => {
    const db = table([{ terms: ["Quark", "Topfen"] }])
    const source = new SynonymSource(db.manager)
    const first = await source.version()
    db.rows[0] = { terms: ["Quark", "Topfen", "Weißkäse"] }
    await source.refresh()
    expect(await source.version()).not.toBe(first)
  })
})
