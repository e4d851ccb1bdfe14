import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")

/**
 * Medusa's Caching Module behind its Store routes, as medusa-config.ts sets it up (feature flag
 * on, our service in src/modules/caching). A change written straight into the database, past
 * every workflow, tells no event: what the shop answers after it shows what was kept.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const productByHandle = async (handle: string) =>
      (await api.get(`/store/products?handle=${handle}&fields=id,title`, network.store)).data.products

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
    })

    it("keeps a product answer until an event names the product, then answers the change on the next request", async () => {
      const [before] = await productByHandle("test-roggenbrot")
      expect(before.title).toBe("Roggenbrot")

      await db()("product").where({ id: network.ids.bread }).update({ title: "Roggenbrot (ohne Ereignis geändert)" })
      // Kept: the database says otherwise, and nothing has told the cache.
      expect((await productByHandle("test-roggenbrot"))[0].title).toBe("Roggenbrot")

      await api.post(`/admin/products/${network.ids.bread}`, { title: "Roggenbrot (neu)" }, network.admin)
      // Medusa drops the answer when the workflow emits product.updated, before the admin's answer.
      expect((await productByHandle("test-roggenbrot"))[0].title).toBe("Roggenbrot (neu)")
    })

    it("keeps no answer without a record in it: a product published right after it was not found is found", async () => {
      expect(await productByHandle("test-entwurf")).toEqual([])

      // Published past every workflow: no event could drop an empty answer, had it been kept.
      await db()("product").where({ id: network.ids.draft }).update({ status: "published" })
      expect((await productByHandle("test-entwurf")).map((product: { id: string }) => product.id)).toEqual([network.ids.draft])

      await db()("product").where({ id: network.ids.draft }).update({ status: "draft" })
    })
  },
})
