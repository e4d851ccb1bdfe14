import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProducersWorkflow } from "@genussnetz/producers/workflows"
import { loginAssociationAdmin, outcome, type Headers } from "./helpers/http"

const backendDir = join(__dirname, "..", "..")


/**
 * A product's producer, set where the product is made: Medusa's own `POST /admin/products`
 * with `additional_data.producer_id` (the productsCreated hook), and changed later with
 * `POST /admin/products/:id/producer`. A few records instead of the seeded network.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    let salesChannelId: string
    const producer: Record<"mill" | "bakery", string> = { mill: "", bakery: "" }

    const productBody = (handle: string, additional_data?: Record<string, unknown>) => ({
      title: `Testprodukt ${handle}`,
      handle,
      status: "published",
      options: [{ title: "Größe", values: ["1 kg"] }],
      variants: [{ title: "1 kg", options: { Größe: "1 kg" }, prices: [{ currency_code: "eur", amount: 4.2 }] }],
      sales_channels: [{ id: salesChannelId }],
      ...(additional_data ? { additional_data } : {}),
    })
    /** The producer as Medusa's own store route shows it (the link's fields). */
    const producerOnStore = async (handle: string) => {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=id,*producer`, store)
      expect(data.products, handle).toHaveLength(1)
      return (data.products[0].producer ?? null) as { id: string; handle: string } | null
    }
    /** The producer's products through the link itself, read with Medusa's Query. */
    const productsOf = async (handle: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id", "products.handle"], filters: { handle } })
      return (data[0].products ?? []).map((p: { handle: string }) => p.handle).sort()
    }
    const productCount = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
      return metadata!.count as number
    }

    beforeAll(async () => {
      const container = getContainer()
      admin = await loginAssociationAdmin(container, api)

      const { result: channels } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Test-Shop" }] },
      })
      salesChannelId = channels[0].id
      const { result: keys } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "Test-Shop", type: "publishable", created_by: "" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [salesChannelId] } })
      store = { headers: { "x-publishable-api-key": keys[0].token } }

      const town = { town: "Bamberg", district: "Bamberg", latitude: 49.8917, longitude: 10.8868 }
      const { result } = await createProducersWorkflow(container).run({
        input: {
          producers: [
            { handle: "testmuehle", name: "Testmühle", craft: "mill", story: "Eine erfundene Mühle.", ...town },
            { handle: "testbaeckerei", name: "Testbäckerei", craft: "bakery", story: "Eine erfundene Bäckerei.", ...town },
          ],
        },
      })
      producer.mill = result.find((p) => p.handle === "testmuehle")!.id
      producer.bakery = result.find((p) => p.handle === "testbaeckerei")!.id
    })

    describe("POST /admin/products with additional_data.producer_id", () => {
      it("creates the product already linked to its producer", async () => {
        const { status, data } = await outcome(
          api.post("/admin/products", productBody("roggenmehl-hook", { producer_id: producer.mill }), admin)
        )
        expect(status).toBe(200)
        expect(data.product.handle).toBe("roggenmehl-hook")
        expect(await producerOnStore("roggenmehl-hook")).toMatchObject({ id: producer.mill, handle: "testmuehle" })
      })

      it("refuses an unknown producer with 400 and creates no product", async () => {
        const before = await productCount()
        const { status, data } = await outcome(
          api.post("/admin/products", productBody("ohne-produzent", { producer_id: "pdcr_01UNKNOWN" }), admin)
        )
        expect(status).toBe(400)
        expect(data.message).toContain("pdcr_01UNKNOWN")
        // The hook failed after the product was written: Medusa's compensation removed it.
        expect(await productCount()).toBe(before)
        const { data: list } = await api.get("/admin/products?handle=ohne-produzent&fields=id", admin)
        expect(list.products).toEqual([])
      })

      it("refuses a producer_id that cannot be an id before anything runs", async () => {
        const before = await productCount()
        for (const producer_id of ["pdcr_1'; DROP TABLE producer;--", "pdcr_\u0000", 42, ""]) {
          const { status } = await outcome(api.post("/admin/products", productBody("kaputt", { producer_id }), admin))
          expect(status, JSON.stringify(producer_id)).toBe(400)
        }
        expect(await productCount()).toBe(before)
      })

      it("still creates a product without producer when none is given", async () => {
        const { status } = await outcome(api.post("/admin/products", productBody("ohne-angabe"), admin))
        expect(status).toBe(200)
        expect(await producerOnStore("ohne-angabe")).toBeNull()
      })
    })

    describe("POST /admin/products/:id/producer", () => {
      it("sets, changes and removes a product's producer", async () => {
        // (Medusa's runner restores the database before each test: this test makes its own products.)
        await api.post("/admin/products", productBody("muehlenmehl", { producer_id: producer.mill }), admin)
        const { data: created } = await api.post("/admin/products", productBody("wechselbrot"), admin)
        const url = `/admin/products/${created.product.id}/producer`

        expect((await outcome(api.post(url, { producer_id: producer.mill }, admin))).status).toBe(200)
        expect((await producerOnStore("wechselbrot"))?.handle).toBe("testmuehle")

        const changed = await outcome(api.post(url, { producer_id: producer.bakery }, admin))
        expect(changed.status).toBe(200)
        expect(changed.data.product_producer).toEqual({ product_id: created.product.id, producer_id: producer.bakery })
        expect((await producerOnStore("wechselbrot"))?.handle).toBe("testbaeckerei")
        // The old link is gone, not kept beside the new one; the mill's other product stays.
        expect(await productsOf("testmuehle")).toEqual(["muehlenmehl"])
        expect(await productsOf("testbaeckerei")).toEqual(["wechselbrot"])

        // What the admin widget reads: the product's producer and the producers to choose from.
        const { data: shown } = await api.get(url, admin)
        expect(shown.producer).toMatchObject({ id: producer.bakery, name: "Testbäckerei", town: "Bamberg" })
        expect(shown.producers.map((p: { name: string }) => p.name)).toEqual(["Testbäckerei", "Testmühle"])

        expect((await outcome(api.post(url, { producer_id: null }, admin))).status).toBe(200)
        expect(await producerOnStore("wechselbrot")).toBeNull()
        expect((await api.get(url, admin)).data.producer).toBeNull()
      })

      it("answers 404 for an unknown product, 400 for an unknown producer or a body it does not take, and changes nothing", async () => {
        const { data: created } = await api.post(
          "/admin/products",
          productBody("bleibtbrot", { producer_id: producer.bakery }),
          admin
        )
        const url = `/admin/products/${created.product.id}/producer`
        expect((await outcome(api.post("/admin/products/prod_01UNKNOWN/producer", { producer_id: producer.mill }, admin))).status).toBe(404)
        expect((await outcome(api.get("/admin/products/prod_01UNKNOWN/producer", admin))).status).toBe(404)
        expect((await outcome(api.get(`${url}?fields=*`, admin))).status).toBe(400)
        expect((await outcome(api.post(url, { producer_id: "pdcr_01UNKNOWN" }, admin))).status).toBe(400)
        expect((await outcome(api.post(url, { producer_id: producer.mill, extra: 1 }, admin))).status).toBe(400)
        expect((await outcome(api.post(url, {}, admin))).status).toBe(400)
        expect((await outcome(api.post(url, { producer_id: producer.mill }))).status).toBe(401)
        expect((await producerOnStore("bleibtbrot"))?.handle).toBe("testbaeckerei")
      })
    })
  },
})
