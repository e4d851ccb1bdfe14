import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { foldGerman, words } from "@genussnetz/search/german"
import { seedNetwork } from "../../../../seed"
import { BUNDLES } from "../../../../seed/data/bundles"
import { planProducts } from "../../../../seed/plan"
import { TOWNS } from "../../../../seed/data/towns"
import { eventually, loginAssociationAdmin, outcome, type Headers } from "./http"

/** The search providers the suite knows, by the identifier medusa-config.ts selects them with. */
export type SearchProviderId = "search-postgres-german" | "meilisearch"

type Hit = { id: string; document: Record<string, any> }
type Result = { hits: Hit[]; facets?: Record<string, any>; metadata: { count: number } }

const backendDir = join(__dirname, "..", "..", "..")

/** A seed product's German title, folded the way the search folds it. */
const planned = planProducts()
// The Genusspakete are in the index too (their descriptions name honey, bread, cheese).
const titleOf = new Map([...planned.map((p) => [p.handle, p.template.title.de] as const), ...BUNDLES.map((b) => [b.handle, b.title.de] as const)])
const foldedWords = (text: string) => words(text).map(foldGerman)
/** The seed's products whose German title holds the word, as a shopper would check: anywhere in a word. */
const titledWith = (word: string) => planned.filter((p) => foldedWords(p.template.title.de).some((w) => w.includes(foldGerman(word)))).map((p) => p.handle)

/**
 * What a shopper expects of the catalog's search, on the seeded Oberfranken network, through
 * Medusa's `POST /store/search` — one suite for every provider. medusa-config.ts picks the
 * provider from SEARCH_PROVIDER; each spec file that calls this names one.
 */
export function searchBehaviourSuite(provider: SearchProviderId) {
  process.env.SEARCH_PROVIDER = provider
  // The seed uploads its pictures through Medusa's File Module: keep them out of the checkout.
  process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))

  medusaIntegrationTestRunner({
    cwd: backendDir,
    testSuite: ({ api, getContainer }) => {
      let store: Headers
      let admin: Headers

      beforeAll(async () => {
        const seeded = await seedNetwork(getContainer())
        store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
        admin = await loginAssociationAdmin(getContainer(), api)
      })

      const search = async (q: string, extra: Record<string, any> = {}, query = ""): Promise<Result> => {
        const { search_options, pagination, ...rest } = extra
        const { data } = await api.post(
          `/store/search${query}`,
          {
            entity: "product",
            fields: ["id", "handle", "title", "producer_town", "producer_handle"],
            filters: { q, ...(rest.filters ?? {}) },
            pagination: { take: 100, order: { _score: "DESC", handle: "ASC" }, ...pagination },
            search_options: { typo_tolerance: true, count: "exact", ...search_options },
          },
          store
        )
        return data.results[0]
      }
      const handles = (result: Result) => result.hits.map((hit) => hit.document.handle as string)

      it(`runs on the ${provider} provider`, async () => {
        const indexes: { name: string; provider: string }[] = await getContainer().resolve(Modules.SEARCH).listIndexes()
        expect(indexes.find((index) => index.name === "product")?.provider).toBe(provider)
      })

      describe("compound words", () => {
        it.each(["Käse", "Bier", "Brot", "Honig", "Wurst", "Mehl"])("%s finds every product whose name holds it", async (word) => {
          const expected = titledWith(word)
          expect(expected.length).toBeGreaterThan(2)
          expect(handles(await search(word))).toEqual(expect.arrayContaining(expected))
        })

        it("Käse finds the Frischkäse, the Heumilch-Bergkäse and the Leberkäse", async () => {
          const titles = new Set(handles(await search("Käse")).map((h) => titleOf.get(h)))
          expect([...titles]).toEqual(
            expect.arrayContaining(["Frischkäse natur", "Heumilch-Bergkäse, 8 Monate", "Leberkäse zum Selberbacken"])
          )
        })

        it("a compound query finds the products holding all its parts", async () => {
          // "Roggenbrot" as written, and "Roggen-Brot" as two words, find the same bread.
          const compound = handles(await search("Roggenbrot"))
          expect(compound).toEqual(expect.arrayContaining(titledWith("Roggenbrot")))
          expect(handles(await search("Roggen Brot"))).toEqual(expect.arrayContaining(titledWith("Roggenbrot")))
        })
      })

      describe("umlauts and ß", () => {
        it("folds both ways: Kaese and kase find what Käse finds", async () => {
          const umlaut = handles(await search("Käse")).sort()
          expect(handles(await search("Kaese")).sort()).toEqual(umlaut)
          expect(handles(await search("kase")).sort()).toEqual(umlaut)
        })

        it("Weissbier finds the Hefeweißbier, Suesskirschen the Süßkirschen", async () => {
          expect(handles(await search("Weissbier"))).toEqual(expect.arrayContaining(titledWith("weißbier")))
          expect(handles(await search("Suesskirschen"))).toEqual(expect.arrayContaining(titledWith("Süßkirschen")))
        })
      })

      describe("typos", () => {
        it("Bratwrst finds the Bratwurst where the shopper allows typos", async () => {
          expect(handles(await search("Bratwrst"))).toEqual(expect.arrayContaining(titledWith("Bratwurst")))
        })

        it("finds nothing for a typo when the query asks for exact words", async () => {
          expect((await search("Bratwrst", { search_options: { typo_tolerance: false } })).metadata.count).toBe(0)
        })

        it("allows no typo in short words: Bär is not Bier", async () => {
          expect((await search("Bär")).metadata.count).toBe(0)
        })
      })

      describe("synonyms from the association's list", () => {
        it("Brötchen and Semmel find the Kümmelweckla", async () => {
          const weckla = titledWith("Kümmelweckla")
          expect(weckla.length).toBeGreaterThan(0)
          expect(handles(await search("Brötchen"))).toEqual(expect.arrayContaining(weckla))
          expect(handles(await search("Semmel"))).toEqual(expect.arrayContaining(weckla))
        })

        it("Schnaps finds the fruit brandies, Pflaume the Zwetschgen, Pflaumenbrand the Zwetschgenbrand", async () => {
          expect(handles(await search("Schnaps"))).toEqual(expect.arrayContaining([...titledWith("Zwetschgenbrand"), ...titledWith("Kirschbrand")]))
          expect(handles(await search("Pflaume"))).toEqual(expect.arrayContaining(titledWith("Zwetschgen")))
          // A synonym of a compound's part: Pflaumen|brand is a Zwetschgen|brand.
          expect(handles(await search("Pflaumenbrand"))).toEqual(expect.arrayContaining(titledWith("Zwetschgenbrand")))
        })

        it("a group the association adds works at once, and stops working when it is removed", async () => {
          expect((await search("Zwiebelkuchen")).metadata.count).toBe(0)
          const { data } = await api.post("/admin/search/synonyms", { terms: ["Zwiebelkuchen", "Rauchbier"], note: "test" }, admin)
          const rauchbier = titledWith("Rauchbier")
          await eventually(() => search("Zwiebelkuchen"), (r) => r.metadata.count > 0)
          expect(handles(await search("Zwiebelkuchen"))).toEqual(expect.arrayContaining(rauchbier))
          await api.delete(`/admin/search/synonyms/${data.synonym_group.id}`, admin)
          await eventually(() => search("Zwiebelkuchen"), (r) => r.metadata.count === 0)
          expect((await search("Zwiebelkuchen")).metadata.count).toBe(0)
        })
      })

      describe("ranking", () => {
        it("Bier shows every product named with it before one that only mentions it", async () => {
          const named = new Set(titledWith("Bier"))
          const result = handles(await search("Bier"))
          expect(result.length).toBeGreaterThan(named.size)
          expect(new Set(result.slice(0, named.size))).toEqual(named)
        })

        it("Honig shows a honey before the things made with honey", async () => {
          const result = handles(await search("Honig"))
          const firstOther = result.findIndex((h) => !foldedWords(titleOf.get(h)!).some((w) => w.endsWith("honig")))
          const lastHoney = result.map((h) => foldedWords(titleOf.get(h)!).some((w) => w.endsWith("honig"))).lastIndexOf(true)
          expect(lastHoney).toBeGreaterThanOrEqual(0)
          if (firstOther >= 0) expect(firstOther).toBeGreaterThan(lastHoney)
        })

        it("finds a producer by name and by town: Bäckerei Lindner, Kulmbach Bier", async () => {
          const lindner = planned.filter((p) => p.producer.name === "Bäckerei Lindner").map((p) => p.handle)
          expect(lindner.length).toBeGreaterThan(0)
          const byName = handles(await search("Bäckerei Lindner"))
          expect(new Set(byName.slice(0, lindner.length))).toEqual(new Set(lindner))

          const kulmbachBeers = planned
            .filter((p) => TOWNS[p.producer.town].name === "Kulmbach" && titledWith("Bier").includes(p.handle))
            .map((p) => p.handle)
          expect(kulmbachBeers.length).toBeGreaterThan(0)
          const result = await search("Kulmbach Bier")
          expect(handles(result)).toEqual(expect.arrayContaining(kulmbachBeers))
          expect(result.hits.every((hit) => hit.document.producer_town === "Kulmbach")).toBe(true)
        })

        it("English words search the English texts", async () => {
          expect(handles(await search("cheese"))).toEqual(expect.arrayContaining(titledWith("Bergkäse")))
          expect(handles(await search("honey"))).toEqual(expect.arrayContaining(titledWith("Waldhonig")))
        })
      })

      describe("with the catalog's filters, facets and pages", () => {
        it("counts facets over exactly the hits", async () => {
          const result = await search("Bier", { search_options: { facets: [{ field: "producer_town", limit: 100 }] } })
          const towns = result.facets!.producer_town
          const counted = (towns.values ?? towns.buckets ?? []).reduce((sum: number, v: any) => sum + v.count, 0)
          expect(counted).toBe(result.metadata.count)
          const inBamberg = result.hits.filter((h) => h.document.producer_town === "Bamberg").length
          expect((towns.values ?? towns.buckets).find((v: any) => v.value === "Bamberg")?.count ?? 0).toBe(inBamberg)
        })

        it("narrows to producers within a radius", async () => {
          const all = await search("Bier")
          const near = await search("Bier", {}, "?near_lat=49.8917&near_lon=10.8868&radius_km=10")
          expect(near.metadata.count).toBeGreaterThan(0)
          expect(near.metadata.count).toBeLessThan(all.metadata.count)
          expect(handles(all)).toEqual(expect.arrayContaining(handles(near)))
        })

        it("pages without gaps or overlaps, in the same order", async () => {
          const all = handles(await search("Bier"))
          const first = await search("Bier", { pagination: { take: 4, skip: 0 } })
          const second = await search("Bier", { pagination: { take: 4, skip: 4 } })
          expect([...handles(first), ...handles(second)]).toEqual(all.slice(0, 8))
          expect(first.metadata.count).toBe(all.length)
        })

        it("pages in relevance order alone as the whole ranking does, whichever way the provider fetches a page", async () => {
          // The PostgreSQL provider fetches a one-word page tier by tier and stops when it is full;
          // a min_score (0 keeps every match) makes it rank every match first. Both must agree,
          // page by page, for words whose matches fall into every tier.
          const byRelevance = { order: { _score: "DESC" } }
          for (const word of ["Bier", "Käse", "Brot", "Bratwrst", "Semmel", "Kulmbach", "Rauch", "Kaese"]) {
            const ranked = handles(await search(word, { pagination: byRelevance, search_options: { min_score: 0 } }))
            expect(ranked.length, word).toBeGreaterThan(0)
            expect(handles(await search(word, { pagination: byRelevance })), word).toEqual(ranked)
            const pages: string[] = []
            for (let skip = 0; skip < ranked.length; skip += 5) {
              pages.push(...handles(await search(word, { pagination: { ...byRelevance, skip, take: 5 } })))
            }
            expect(pages, word).toEqual(ranked)
          }
          const withTieBreak = { order: { _score: "DESC", handle: "ASC" } }
          expect(handles(await search("Bier", { pagination: withTieBreak }))).toEqual(
            handles(await search("Bier", { pagination: withTieBreak, search_options: { min_score: 0 } }))
          )
        })

        it("an estimated count is exact for a few hundred matches", async () => {
          for (const word of ["Bier", "Brot", "Bratwrst"]) {
            const exact = (await search(word)).metadata.count
            expect(exact, word).toBeGreaterThan(0)
            expect((await search(word, { search_options: { count: "estimated" } })).metadata.count, word).toBe(exact)
          }
        })

        it("completes the last word as the shopper types (suggestions)", async () => {
          const result = await search("Bratw", { search_options: { match_strategy: "last" } })
          expect(handles(result)).toEqual(expect.arrayContaining(titledWith("Bratwurst")))
          // A finished last word with a typo is corrected, not only completed.
          const typo = await search("Bratwrst", { search_options: { match_strategy: "last" } })
          expect(handles(typo)).toEqual(expect.arrayContaining(titledWith("Bratwurst")))
        })
      })

      describe("kept in sync", () => {
        it("finds a renamed product by its new name, and a deleted one no more", async () => {
          const [first] = titledWith("Bockbier")
          const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: first } })
          await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: data[0].id }, update: { title: "Zoiglbier vom Kommunbrauer" } } })
          const renamed = await eventually(() => search("Zoigl"), (r) => handles(r).includes(first))
          expect(handles(renamed)).toContain(first)
          await deleteProductsWorkflow(getContainer()).run({ input: { ids: [data[0].id] } })
          const gone = await eventually(() => search("Zoigl"), (r) => !handles(r).includes(first))
          expect(handles(gone)).not.toContain(first)
        })
      })

      describe("the association's synonym list (admin)", () => {
        it("lists, adds, changes and removes groups", async () => {
          const list = (await api.get("/admin/search/synonyms", admin)).data
          expect(list.synonym_groups.some((g: any) => g.terms.includes("Weckla"))).toBe(true)
          const { data: created } = await api.post("/admin/search/synonyms", { terms: ["Gerupfter", "Obatzda"] }, admin)
          const { data: changed } = await api.post(`/admin/search/synonyms/${created.synonym_group.id}`, { note: "Käsecreme" }, admin)
          expect(changed.synonym_group).toMatchObject({ terms: ["Gerupfter", "Obatzda"], note: "Käsecreme" })
          await api.delete(`/admin/search/synonyms/${created.synonym_group.id}`, admin)
          const after = (await api.get("/admin/search/synonyms?q=obatzda", admin)).data
          expect(after.count).toBe(0)
        })

        it("refuses bad groups with a 400 and keeps the list as it was", async () => {
          const before = (await api.get("/admin/search/synonyms", admin)).data.count
          for (const body of [{ terms: ["nur eins"] }, { terms: ["a", "b"] }, { terms: ["Brot", "brot"] }, { terms: ["Brot", "<script>"] }, { terms: ["Brot", "Laib"], extra: 1 }]) {
            const answer = await outcome(api.post("/admin/search/synonyms", body, admin))
            expect(answer.status).toBe(400)
          }
          expect((await outcome(api.post("/admin/search/synonyms/syn_missing", { note: "x" }, admin))).status).toBe(404)
          expect((await api.get("/admin/search/synonyms", admin)).data.count).toBe(before)
        })

        it("is the association's: no list without an admin login", async () => {
          expect((await outcome(api.get("/admin/search/synonyms", store))).status).toBe(401)
          expect((await outcome(api.post("/admin/search/synonyms", { terms: ["Brot", "Laib"] }, store))).status).toBe(401)
        })
      })
    },
  })
}
