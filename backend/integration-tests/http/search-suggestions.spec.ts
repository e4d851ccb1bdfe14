import { join } from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createTranslationsWorkflow, deleteTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { setProducerStatusWorkflow } from "@genussnetz/producers/workflows"
import { eventually, outcome } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")

type Hit = { id: string; document: Record<string, any> }
type Result = { hits: Hit[]; metadata: { count: number | null } }

/** A query as the storefront's suggestions send it: the last word a prefix, typos allowed, by relevance. */
const suggest = (entity: string, q: string, fields: string[], take = 5) => ({
  entity,
  fields,
  filters: { q },
  pagination: { take, order: { _score: "DESC" } },
  search_options: { match_strategy: "last", typo_tolerance: true, count: "none" },
})
const PRODUCER_FIELDS = ["id", "handle", "name", "town", "craft"]
const CATEGORY_FIELDS = ["id", "handle", "name", "name_en"]


medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    const categories: Record<"shown" | "internal" | "inactive" | "sausages", string> = { shown: "", internal: "", inactive: "", sausages: "" }

    const searchMany = async (queries: object[]): Promise<Result[]> =>
      (await api.post("/store/search", { queries }, network.store)).data.results
    const handles = (result: Result) => result.hits.map((hit) => hit.document.handle as string)
    const producers = async (q: string) => handles((await searchMany([suggest("producer", q, PRODUCER_FIELDS)]))[0])
    const categoryHits = async (q: string) => (await searchMany([suggest("product_category", q, CATEGORY_FIELDS)]))[0].hits

    beforeAll(async () => {
      const container = getContainer()
      network = await buildSmallNetwork(container, api)
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: [
            { name: "Testkäse & Milch", handle: "test-kaese-milch", is_active: true },
            { name: "Testkäse intern", handle: "test-kaese-intern", is_active: true, is_internal: true },
            { name: "Testkäse ruht", handle: "test-kaese-ruht", is_active: false },
            { name: "Testwurst", handle: "test-wurst", is_active: true },
          ],
        },
      })
      ;[categories.shown, categories.internal, categories.inactive, categories.sausages] = result.map((c: { id: string }) => c.id)
      const english = ["Test cheese & dairy", "Test cheese, internal", "Test cheese, resting", "Test sausages"]
      await createTranslationsWorkflow(container).run({
        input: {
          translations: result.map((c: { id: string }, i: number) => ({
            reference: "product_category",
            reference_id: c.id,
            locale_code: "en-GB",
            translations: { name: english[i] },
          })),
        },
      })
      // The app seeds its indexes in the background as it starts, and an event that arrives
      // before an index has an active version is dropped: rebuild them from the database, as the
      // seed does, so what was written above is in them whichever came first.
      await container.resolve(Modules.SEARCH).reindex({ index: ["product", "producer", "product_category"] })
      // The runner snapshots the database after this hook and restores it before every test:
      // wait until the events of what was written here have reached the indexes, so the
      // snapshot holds them (an ingestion still running then would be cut off).
      const ready = await eventually(
        () =>
          searchMany([
            suggest("producer", "Bamberg", PRODUCER_FIELDS),
            { entity: "product_category", fields: CATEGORY_FIELDS, pagination: { take: 100 } },
            suggest("product", "Rogg", ["id"]),
          ]),
        ([producerHits, categoryHits, productHits]) =>
          producerHits.hits.length === 2 && categoryHits.hits.filter((hit) => hit.document.name_en).length === 2 && productHits.hits.length === 2,
        300
      )
      expect(ready.map((result) => result.hits.length)).toEqual([2, 2, 2])
    })

    describe("the producer index", () => {
      it("suggests listed producers by the beginning of their name, with their public profile fields", async () => {
        const result = await eventually(
          async () => (await searchMany([suggest("producer", "Testmü", PRODUCER_FIELDS)]))[0],
          (r) => r.hits.length > 0
        )
        expect(result.hits).toEqual([
          {
            id: network.ids.mill,
            document: { id: network.ids.mill, handle: "testmuehle", name: "Testmühle", town: "Bamberg", craft: "mill" },
          },
        ])
      })

      it("finds producers by their town, and despite a typo", async () => {
        expect((await eventually(() => producers("Bamberg"), (h) => h.length === 2)).sort()).toEqual(["testbaeckerei", "testmuehle"])
        // Typos are corrected in the words before the last, which is read as the beginning of one.
        expect(await producers("Testbäckrei Bam")).toEqual(["testbaeckerei"])
      })

      it("drops a producer that left the association, keeps a paused one, and takes it back when it returns", async () => {
        const setStatus = (status: "active" | "paused" | "left") =>
          setProducerStatusWorkflow(getContainer()).run({ input: { id: network.ids.bakery, status } })
        try {
          await setStatus("left")
          expect(await eventually(() => producers("Testbäckerei"), (h) => h.length === 0)).toEqual([])
          // Nor does a search for everything in its town find it.
          expect(await producers("Bamberg")).toEqual(["testmuehle"])

          // A rebuild from the database (as db:migrate and a reindex run it) leaves it out too.
          await getContainer().resolve(Modules.SEARCH).reindex({ index: "producer", strategy: "in_place" })
          await new Promise((resolve) => setTimeout(resolve, 1000))
          expect(await eventually(() => producers("Bamberg"), (h) => h.includes("testmuehle"))).toEqual(["testmuehle"])

          await setStatus("paused")
          expect(await eventually(() => producers("Testbäckerei"), (h) => h.length === 1)).toEqual(["testbaeckerei"])
        } finally {
          await setStatus("active")
        }
      })

      it("answers none of the profile's other fields, and nothing about a status filter's hidden producers", async () => {
        for (const field of ["email", "phone", "story", "latitude"]) {
          const response = await outcome(api.post("/store/search", suggest("producer", "Test", ["id", field]), network.store))
          expect(response.status, field).toBe(400)
          expect(response.data.message, field).toContain(field)
        }
        const { data } = await api.post(
          "/store/search",
          { entity: "producer", fields: ["id"], filters: { status: "left" }, pagination: { take: 100 } },
          network.store
        )
        expect(data.results[0].hits).toEqual([])
      })
    })

    describe("the category index", () => {
      it("suggests the shop's categories by their German and their English name", async () => {
        const german = await eventually(() => categoryHits("Testkä"), (hits) => !!hits[0]?.document.name_en)
        expect(german.map((hit) => hit.document)).toEqual([
          { id: categories.shown, handle: "test-kaese-milch", name: "Testkäse & Milch", name_en: "Test cheese & dairy" },
        ])
        const english = await categoryHits("chee")
        expect(english.map((hit) => hit.id)).toEqual([categories.shown])
      })

      it("holds no internal and no inactive category", async () => {
        const { data } = await api.post("/store/search", { entity: "product_category", fields: ["id"], pagination: { take: 100 } }, network.store)
        const ids = data.results[0].hits.map((hit: Hit) => hit.id)
        expect(ids).toContain(categories.shown)
        expect(ids).not.toContain(categories.internal)
        expect(ids).not.toContain(categories.inactive)
      })

      it("follows the English name when its translation goes", async () => {
        expect((await eventually(() => categoryHits("sausa"), (hits) => hits.length > 0)).map((hit) => hit.id)).toEqual([categories.sausages])
        const {
          data: [translation],
        } = await getContainer()
          .resolve("query")
          .graph({ entity: "translation", fields: ["id"], filters: { reference_id: categories.sausages, locale_code: "en-GB" } })
        await deleteTranslationsWorkflow(getContainer()).run({ input: { ids: [translation.id] } })
        expect(await eventually(() => categoryHits("sausa"), (hits) => hits.length === 0)).toEqual([])
        expect((await categoryHits("Testwu")).map((hit) => hit.document)).toEqual([
          { id: categories.sausages, handle: "test-wurst", name: "Testwurst", name_en: null },
        ])
      })
    })

    it("answers the storefront's suggestions in one request: products, producers and categories", async () => {
      const [products, producerResult, categoryResult] = await eventually(
        () =>
          searchMany([
            suggest("product", "Rogg", ["id", "handle", "title", "title_en", "producer_name"]),
            suggest("producer", "Rogg", PRODUCER_FIELDS, 3),
            suggest("product_category", "Rogg", CATEGORY_FIELDS, 3),
          ]),
        ([p]) => p.hits.length === 2
      )
      expect(handles(products).sort()).toEqual(["test-roggenbrot", "test-roggenmehl"])
      expect(products.hits.find((hit) => hit.document.handle === "test-roggenbrot")?.document.title).toBe("Roggenbrot")
      expect(producerResult.hits).toEqual([])
      expect(categoryResult.hits).toEqual([])
    })

    it("keeps every other index closed", async () => {
      for (const entity of ["customer", "order", "translation"]) {
        const response = await outcome(api.post("/store/search", { entity }, network.store))
        expect(response.status, entity).toBe(404)
      }
    })
  },
})
