import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedNetwork } from "../../../seed"
import { planProducts } from "../../../seed/plan"
import { readyCart } from "./helpers/checkout"
import { eventually, outcome, type Headers, type Outcome } from "./helpers/http"

const backendDir = join(__dirname, "..", "..")
// The seed uploads its pictures through Medusa's File Module: keep them out of the checkout.
process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))

const STOCK = 10
const SHOPPERS = 200

/** Runs `work` for each item, `width` at a time, keeping the order of the items. */
async function inBatches<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let offset = 0; offset < items.length; offset += width) {
    results.push(...(await Promise.all(items.slice(offset, offset + width).map(work))))
  }
  return results
}

const isOrder = (answer: Outcome) => answer.status === 200 && answer.data?.type === "order"
/** How many answers had each status (and, for a 200, which type), for a failure message. */
const tally = (answers: Outcome[]) =>
  JSON.stringify(
    answers.reduce<Record<string, number>>((counts, answer) => {
      const key = `${answer.status ?? answer.error}${answer.status === 200 ? ` ${answer.data?.type}` : ""}: ${answer.data?.message ?? ""}`.slice(0, 160)
      counts[key] = (counts[key] ?? 0) + 1
      return counts
    }, {})
  )

/**
 * A crowd at the checkout, through Medusa's documented Store API on the single-process profile
 * (in-memory locking): issue 10 found this oversold and hung the backend for good on the
 * PostgreSQL locking provider, and turned one cart into two orders.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let headers: Headers

    beforeAll(async () => {
      const seeded = await seedNetwork(getContainer())
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    })

    /** A seeded product's first variant, its one inventory item set to `stock` units and no reservations. */
    async function itemWithStock(handle: string, stock: number) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.id", "variants.manage_inventory", "variants.inventory_items.inventory_item_id", "variants.inventory_items.inventory.location_levels.location_id"],
        filters: { handle },
      })
      const variant = (data[0] as any).variants[0]
      expect(variant.manage_inventory).toBe(true)
      expect(variant.inventory_items).toHaveLength(1)
      const inventoryItemId: string = variant.inventory_items[0].inventory_item_id
      const locationId: string = variant.inventory_items[0].inventory.location_levels[0].location_id
      const inventory = getContainer().resolve(Modules.INVENTORY)
      expect(await inventory.listReservationItems({ inventory_item_id: inventoryItemId })).toHaveLength(0)
      await inventory.updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: stock }])
      return { variantId: variant.id as string, inventoryItemId, locationId }
    }

    it(`${SHOPPERS} shoppers completing carts for an item of stock ${STOCK} at once: ${STOCK} orders, a clear 4xx for everyone else, nothing oversold, the backend still answering`, async () => {
      const item = await itemWithStock(planProducts()[0].handle, STOCK)
      const shoppers = Array.from({ length: SHOPPERS }, (_, i) => i)
      const carts = await inBatches(shoppers, 25, (i) => readyCart(api, headers, [{ variant_id: item.variantId, quantity: 1 }], `kundin-${i}@example.org`))

      const answers = await Promise.all(carts.map((cartId) => outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))))

      const orders = answers.filter(isOrder)
      const refused = answers.filter((answer) => !isOrder(answer))
      expect(orders.length, tally(answers)).toBe(STOCK)
      for (const answer of refused) {
        expect(answer.status, tally(refused)).toBeGreaterThanOrEqual(400)
        expect(answer.status, tally(refused)).toBeLessThan(500)
        expect(answer.data?.message, tally(refused)).toMatch(/\w/)
      }
      // Nothing oversold: one reservation per order, and the item's level says the same.
      const inventory = getContainer().resolve(Modules.INVENTORY)
      expect(await inventory.listReservationItems({ inventory_item_id: item.inventoryItemId })).toHaveLength(STOCK)
      const level = await inventory.retrieveInventoryLevelByItemAndLocation(item.inventoryItemId, item.locationId)
      expect(Number(level.reserved_quantity)).toBe(STOCK)
      expect(new Set(orders.map((answer) => answer.data.order.id)).size).toBe(STOCK)

      // The backend answers at once, and a refused cart is refused again, clearly: sold out.
      const ready = await outcome(api.get("/health/ready", { timeout: 5_000 }))
      expect(ready.status).toBe(200)
      const refusedCart = carts[answers.findIndex((answer) => !isOrder(answer))]
      const again = await outcome(api.post(`/store/carts/${refusedCart}/complete`, {}, headers))
      expect(again.status, JSON.stringify(again.data)).toBe(400)
      expect(again.data.message).toMatch(/stock/i)

      // Nothing hangs: within half a minute no workflow is left running or compensating.
      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
      const unfinished = () => engine.listWorkflowExecutions({ state: { $nin: ["not_started", "done", "reverted", "failed"] } })
      const left = await eventually(unfinished, (executions) => executions.length === 0, 300)
      expect(left.map((execution: any) => `${execution.workflow_id} ${execution.state}`)).toEqual([])
    }, 600_000)

    it("the same cart completed ten times at once becomes one order", async () => {
      const item = await itemWithStock(planProducts()[1].handle, 5)
      const email = "einmal@example.org"
      const cartId = await readyCart(api, headers, [{ variant_id: item.variantId, quantity: 1 }], email)

      const answers = await Promise.all(Array.from({ length: 10 }, () => outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))))

      // Each request gets the order or a clear 4xx; none a 500.
      for (const answer of answers) {
        if (!isOrder(answer)) {
          expect(answer.status, tally(answers)).toBeGreaterThanOrEqual(400)
          expect(answer.status, tally(answers)).toBeLessThan(500)
        }
      }
      const orderIds = new Set(answers.filter(isOrder).map((answer) => answer.data.order.id))
      expect(orderIds.size, tally(answers)).toBe(1)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { email } })
      expect(orders.map((order: { id: string }) => order.id)).toEqual([...orderIds])
      const inventory = getContainer().resolve(Modules.INVENTORY)
      expect(await inventory.listReservationItems({ inventory_item_id: item.inventoryItemId })).toHaveLength(1)
    })
  },
})
