import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")

/** A rye bread's food information as its baker enters it in the portal, in German and English. */
const BREAD_INFORMATION = {
  ingredients: {
    de: "*Roggen*mehl, Wasser, *Weizen*mehl, Natursauerteig (*Roggen*mehl, Wasser), Speisesalz, Hefe",
    en: "*Rye* flour, water, *wheat* flour, natural sourdough (*rye* flour, water), salt, yeast",
  },
  allergens: ["gluten"],
  storage: { de: "Trocken lagern, im Brotkasten 4–5 Tage frisch.", en: "Keep dry; stays fresh in a bread bin for 4–5 days." },
  date_marking: "best_before",
  alcohol_percent: null,
}

/**
 * The food information a distance sale must show before the purchase (Reg. (EU) 1169/2011
 * Art. 14): a producer sets it for its own products through `POST /producer/products/:id/
 * food-information`, the shop answers it on Medusa's product routes in the shopper's language.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
    })

    const stored = async (productId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "food_information", fields: ["*"], filters: { product_id: productId } })
      return data
    }
    const onStore = async (productId: string, locale?: string) => {
      const { data } = await api.get(
        `/store/products?id=${productId}&fields=id,*food_information${locale ? `&locale=${locale}` : ""}`,
        network.store
      )
      return data.products[0]?.food_information ?? null
    }
    const setFor = (productId: string, body: unknown, headers = network.bakery) =>
      outcome(api.post(`/producer/products/${productId}/food-information`, body, headers))

    it("lets a producer set its product's food information, which the shop answers in German and English", async () => {
      const answer = await setFor(network.ids.bread, BREAD_INFORMATION)
      expect(answer.status, JSON.stringify(answer.data)).toBe(200)
      expect(answer.data.food_information).toMatchObject({
        product_id: network.ids.bread,
        ingredients: BREAD_INFORMATION.ingredients,
        storage: BREAD_INFORMATION.storage,
        allergens: ["gluten"],
        date_marking: "best_before",
      })
      expect(await onStore(network.ids.bread)).toMatchObject({
        ingredients: BREAD_INFORMATION.ingredients.de,
        storage: BREAD_INFORMATION.storage.de,
        allergens: ["gluten"],
        date_marking: "best_before",
      })
      expect(await onStore(network.ids.bread, "en-GB")).toMatchObject({
        ingredients: BREAD_INFORMATION.ingredients.en,
        storage: BREAD_INFORMATION.storage.en,
      })
      // The producer's own list shows it with the product, drafts included.
      const { data: mine } = await api.get("/producer/products", network.bakery)
      expect(mine.products.map((p: { id: string }) => p.id).sort()).toEqual([network.ids.bread, network.ids.draft].sort())
      expect(mine.count).toBe(2)
      expect(mine.products.find((p: { id: string }) => p.id === network.ids.bread).food_information.ingredients).toEqual(BREAD_INFORMATION.ingredients)
    })

    it("changes it in place, and drops the English words when the producer gives none, so no stale English is shown", async () => {
      const changed = { ...BREAD_INFORMATION, ingredients: { de: "*Roggen*mehl, Wasser, Speisesalz" }, storage: { de: "Kühl und trocken lagern." } }
      expect((await setFor(network.ids.bread, changed)).status).toBe(200)
      expect(await stored(network.ids.bread)).toHaveLength(1)
      expect(await onStore(network.ids.bread, "en-GB")).toMatchObject({ ingredients: "*Roggen*mehl, Wasser, Speisesalz", storage: "Kühl und trocken lagern." })
      expect((await setFor(network.ids.bread, BREAD_INFORMATION)).status).toBe(200)
      expect((await onStore(network.ids.bread, "en-GB")).ingredients).toBe(BREAD_INFORMATION.ingredients.en)
    })

    it("refuses food information that breaks the labelling rules with 400 naming the field, and changes nothing", async () => {
      const before = await stored(network.ids.bread)
      const bad: [string, unknown, RegExp][] = [
        ["an asterisk left open", { ...BREAD_INFORMATION, ingredients: { de: "*Roggen mehl, Wasser" } }, /asterisk/],
        ["allergens not emphasised", { ...BREAD_INFORMATION, ingredients: { de: "Roggenmehl, Wasser" } }, /emphasised/],
        ["an emphasised allergen not named", { ...BREAD_INFORMATION, allergens: [] }, /allergens/],
        ["English without emphasis", { ...BREAD_INFORMATION, ingredients: { de: "*Roggen*mehl", en: "Rye flour" } }, /ingredients\.en/],
        ["an unknown allergen", { ...BREAD_INFORMATION, allergens: ["gluten", "pollen"] }, /allergens/],
        ["an allergen twice", { ...BREAD_INFORMATION, allergens: ["gluten", "gluten"] }, /once/],
        ["an unknown date marking", { ...BREAD_INFORMATION, date_marking: "eat_soon" }, /date_marking/],
        ["alcohol above 100 %", { ...BREAD_INFORMATION, alcohol_percent: 150 }, /alcohol_percent/],
        ["no German storage", { ...BREAD_INFORMATION, storage: { en: "Keep dry." } }, /storage/],
        ["an unknown field", { ...BREAD_INFORMATION, nutrition: { energy_kj: 900 } }, /nutrition/],
        ["a NUL byte", { ...BREAD_INFORMATION, storage: { de: "Trocken\u0000lagern" } }, /NUL|null|\\u0000|character/i],
      ]
      for (const [what, body, message] of bad) {
        const answer = await setFor(network.ids.bread, body)
        expect(answer.status, what).toBe(400)
        expect(JSON.stringify(answer.data), what).toMatch(message)
      }
      expect(await stored(network.ids.bread)).toEqual(before)
    })

    it("answers 404 for another producer's product and 401 without a login, writing nothing", async () => {
      expect((await setFor(network.ids.flour, BREAD_INFORMATION)).status).toBe(404)
      expect(await stored(network.ids.flour)).toEqual([])
      expect((await setFor(network.ids.bread, BREAD_INFORMATION, { headers: {} })).status).toBe(401)
      expect((await outcome(api.get("/producer/products"))).status).toBe(401)
    })
  },
})
