import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedNetwork } from "../../../seed"
import { planProducts } from "../../../seed/plan"
import { CHECKOUT_MODULE } from "../../../plugins/marketplace/src/modules/checkout"
import type CheckoutModuleService from "../../../plugins/marketplace/src/modules/checkout/service"
import { LEDGER_MODULE } from "../../../plugins/marketplace/src/modules/ledger"
import type LedgerModuleService from "../../../plugins/marketplace/src/modules/ledger/service"
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

    describe("a completion cut off by a killed process", () => {
      // A kill cannot be aimed at one step in-process (tests/system/up.test.ts kills a real
      // backend mid-checkout); here the state such a kill leaves is made exactly: an order that
      // Medusa's completion made (its reservations, its payment authorized) but whose last step,
      // our parts, never ran, with its completion attempt still filed.
      async function cutOffCompletion(email: string, { link }: { link: boolean }) {
        const item = await itemWithStock(planProducts()[2].handle, 5)
        const cartId = await readyCart(api, headers, [{ variant_id: item.variantId, quantity: 2 }], email)
        const first = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        const orderId: string = first.data.order.id
        const container = getContainer()
        const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
        await ledger.deleteOrderParts((await ledger.listOrderParts({ order_id: orderId })).map((part) => part.id))
        if (!link) {
          // Cut off before its links: the order is nobody's, the cart still open.
          const query = container.resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({ entity: "order", fields: ["payment_collections.id"], filters: { id: orderId } })
          await container.resolve(ContainerRegistrationKeys.LINK).dismiss([
            { [Modules.ORDER]: { order_id: orderId }, [Modules.CART]: { cart_id: cartId } },
            ...(data[0] as any).payment_collections.map((collection: { id: string }) => ({
              [Modules.ORDER]: { order_id: orderId },
              [Modules.PAYMENT]: { payment_collection_id: collection.id },
            })),
          ])
          await container.resolve(Modules.CART).updateCarts(cartId, { completed_at: null })
        }
        await container.resolve<CheckoutModuleService>(CHECKOUT_MODULE).createCompletionAttempts({ cart_id: cartId, started_at: new Date(Date.now() - 60_000) })
        expect(await container.resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: item.inventoryItemId })).toHaveLength(1)
        return { item, cartId, orderId }
      }

      /** The job Medusa runs every minute, as built (the module Medusa loaded, not a second copy), called as its job loader calls it. */
      const job: (container: unknown, context?: { scheduledFor?: Date }) => Promise<{ recovered: number; completed: number }> =
        require("@genussnetz/marketplace/jobs/recover-interrupted-completions").default

      /** The cart's one order, whole, its stock reserved once and its payment taken once. */
      async function expectOneWholeOrder(email: string, cartId: string, cutOffOrderId: string, inventoryItemId: string) {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({ entity: "order", fields: ["id", "cart.id", "payment_collections.payments.id"], filters: { email } })
        expect(orders).toHaveLength(1)
        const order = orders[0] as any
        expect(order.id).not.toBe(cutOffOrderId)
        expect(order.cart.id).toBe(cartId)
        expect(order.payment_collections.flatMap((collection: any) => collection.payments)).toHaveLength(1)
        expect(await container.resolve<LedgerModuleService>(LEDGER_MODULE).listOrderParts({ order_id: order.id })).toHaveLength(1)
        const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: inventoryItemId })
        expect(reservations.map((reservation) => Number(reservation.quantity))).toEqual([2])
        expect(await container.resolve<CheckoutModuleService>(CHECKOUT_MODULE).listCompletionAttempts({ cart_id: cartId })).toEqual([])
        return order.id as string
      }

      it("after its payment: completing the cart again undoes the half order and makes one whole order, paid once", async () => {
        const email = "abgebrochen@example.org"
        const { item, cartId, orderId } = await cutOffCompletion(email, { link: true })
        const again = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(again.data.type).toBe("order")
        const whole = await expectOneWholeOrder(email, cartId, orderId, item.inventoryItemId)
        expect(again.data.order.id).toBe(whole)
        // Completing it once more answers the same order.
        expect((await api.post(`/store/carts/${cartId}/complete`, {}, headers)).data.order.id).toBe(whole)
      })

      it("before the order's links: the order nobody would find is undone, the cart becomes one order", async () => {
        const email = "ohne-verknuepfung@example.org"
        const { item, cartId, orderId } = await cutOffCompletion(email, { link: false })
        const again = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(again.data.type).toBe("order")
        expect(again.data.order.id).toBe(await expectOneWholeOrder(email, cartId, orderId, item.inventoryItemId))
      })

      it("completed by a payment webhook instead of the shop's route: an order left without its link is undone in the completion itself", async () => {
        const email = "webhook-ohne-verknuepfung@example.org"
        const { item, cartId, orderId } = await cutOffCompletion(email, { link: false })
        // What Medusa's payment webhook runs (processPaymentWorkflow → completeCartWorkflow), past our route.
        const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
        expect(result.id).toBe(await expectOneWholeOrder(email, cartId, orderId, item.inventoryItemId))
      })

      it("completed by a payment webhook while its half order is linked: the webhook gets that order, the minute job makes it whole", async () => {
        const email = "webhook-halb@example.org"
        const { item, cartId, orderId } = await cutOffCompletion(email, { link: true })
        const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
        expect(result.id).toBe(orderId)
        expect(await job(getContainer(), { scheduledFor: new Date(Date.now() + 5 * 60_000) })).toEqual({ recovered: 1, completed: 1 })
        await expectOneWholeOrder(email, cartId, orderId, item.inventoryItemId)
      })

      it("nobody comes back: the minute job undoes it once it is older than a completion lives, and completes the paid cart", async () => {
        const email = "verlassen@example.org"
        const { item, cartId, orderId } = await cutOffCompletion(email, { link: true })
        // One minute after the cut-off the completion might still be running: left alone.
        expect(await job(getContainer())).toEqual({ recovered: 0, completed: 0 })
        expect(await getContainer().resolve<CheckoutModuleService>(CHECKOUT_MODULE).listCompletionAttempts({ cart_id: cartId })).toHaveLength(1)
        expect(await job(getContainer(), { scheduledFor: new Date(Date.now() + 5 * 60_000) })).toEqual({ recovered: 1, completed: 1 })
        await expectOneWholeOrder(email, cartId, orderId, item.inventoryItemId)
      })
    })
  },
})
