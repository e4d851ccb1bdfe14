/**
 * Stripe payments through Medusa's Payment Module and its Stripe provider, on the real backend.
 *
 * Stripe's API was NOT reached: it is simulated by nock with the JSON Stripe documents for
 * PaymentIntents (helpers/stripe.ts), and the webhooks are signed here with Stripe's own test
 * helper (`generateTestHeaderString`) and the configured STRIPE_WEBHOOK_SECRET. What runs for
 * real: the Stripe client inside the app, Medusa's provider, its webhook route and subscriber,
 * processPaymentWorkflow and completeCartWorkflow, our signature check, seed and configuration.
 * The producers' payouts go through Stripe Connect here (STRIPE_CONNECT_PAYOUTS): transfers to
 * connected accounts, simulated the same way.
 * README.md ("Payments and checkout settings") says how to try it against Stripe's test mode.
 */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { processPaymentWorkflowId } from "@medusajs/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { LEDGER_MODULE } from "../../../plugins/marketplace/src/modules/ledger"
import type LedgerModuleService from "../../../plugins/marketplace/src/modules/ledger/service"
import { seedNetwork } from "../../../seed"
import { planProducts } from "../../../seed/plan"
import type { Query } from "../../../seed/query"
import { ensureStoreSetup } from "../../../seed/store"
import { readyCart } from "./helpers/checkout"
import { eventually, loginAssociationAdmin, outcome, type Headers, type Outcome } from "./helpers/http"
import { threeProducersGoods } from "./helpers/seeded-goods"
import { FakeStripe } from "./helpers/stripe"

const backendDir = join(__dirname, "..", "..")
process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))
// Read by medusa-config.ts when the runner boots the app (after this module has run).
const WEBHOOK_SECRET = "whsec_genussnetz_test_secret"
process.env.STRIPE_API_KEY = "sk_test_genussnetz_simulated"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
// Producers are paid by Stripe Connect transfers (separate charges and transfers).
process.env.STRIPE_CONNECT_PAYOUTS = "true"

const STRIPE = "pp_stripe_stripe"
const HOOK = "/hooks/payment/stripe_stripe"

/**
 * Counts the webhooks Medusa's payment-webhook subscriber has taken up and the
 * processPaymentWorkflow runs it started, by wrapping the two calls it makes (the module's
 * `getWebhookActionAndData`, the workflow engine's `run`); they still do what they did.
 * `onWebhook` runs as the subscriber starts on an event.
 */
/** Each webhook is read by Medusa's handler and by ours that calls off an order whose payment failed later. */
const READERS_PER_WEBHOOK = 2

function watchWebhooks(container: MedusaContainer) {
  const payment = container.resolve(Modules.PAYMENT) as any
  const engine = container.resolve(Modules.WORKFLOW_ENGINE) as any
  const state = { taken: 0, running: 0, runs: 0, onWebhook: undefined as undefined | (() => void) }
  const read = payment.getWebhookActionAndData
  const run = engine.run
  payment.getWebhookActionAndData = async function (...args: unknown[]) {
    state.taken++
    state.onWebhook?.()
    return read.apply(this, args)
  }
  engine.run = async function (workflowId: string, ...args: unknown[]) {
    if (workflowId !== processPaymentWorkflowId) return run.call(this, workflowId, ...args)
    state.running++
    try {
      return await run.call(this, workflowId, ...args)
    } finally {
      state.running--
      state.runs++
    }
  }
  return {
    state,
    /** Until `count` webhooks were taken up and every workflow they started has ended. */
    async settled(count: number) {
      const done = () => state.taken >= count * READERS_PER_WEBHOOK && state.running === 0
      await eventually(async () => done(), Boolean)
      // The subscriber starts its workflow right after reading the event: give it that moment.
      await new Promise((resolve) => setTimeout(resolve, 500))
      await eventually(async () => done(), Boolean)
      expect(state.taken, "webhooks taken up by the subscribers").toBe(count * READERS_PER_WEBHOOK)
    },
    restore() {
      payment.getWebhookActionAndData = read
      engine.run = run
    },
  }
}

const isOrder = (answer: Outcome) => answer.status === 200 && answer.data?.type === "order"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    const stripe = new FakeStripe()
    let webhooks: ReturnType<typeof watchWebhooks>

    beforeAll(async () => {
      await stripe.start()
      const seeded = await seedNetwork(getContainer())
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    })
    afterAll(() => stripe.stop())
    beforeEach(() => {
      stripe.reset()
      webhooks = watchWebhooks(getContainer())
    })
    afterEach(() => {
      webhooks.restore()
      // The app asked Stripe for nothing the simulation does not know.
      expect(stripe.unmatched).toEqual([])
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /** A cart for one unit of a seeded product, its Stripe payment session and the intent Stripe made for it. */
    async function stripeCart(email: string, productIndex = 0) {
      const handle = planProducts().filter((p) => !p.soldOut)[productIndex].handle
      const { data } = await query().graph({ entity: "product", fields: ["variants.id", "variants.inventory_items.inventory_item_id"], filters: { handle } })
      const variant = data[0].variants[0]
      const cartId = await readyCart(api, headers, [{ variant_id: variant.id, quantity: 1 }], email, { provider: STRIPE })
      const session = (await paymentOf(cartId)).sessions[0]
      return { cartId, session, intent: stripe.intentOfSession(session.id), inventoryItemId: variant.inventory_items[0].inventory_item_id as string }
    }

    /** The cart's payment sessions and payments (with their captures), as the database has them. */
    async function paymentOf(cartId: string) {
      const { data } = await query().graph({
        entity: "cart",
        fields: [
          "payment_collection.status",
          "payment_collection.payment_sessions.id",
          "payment_collection.payment_sessions.status",
          "payment_collection.payment_sessions.provider_id",
          "payment_collection.payment_sessions.amount",
          "payment_collection.payments.id",
          "payment_collection.payments.captured_at",
          "payment_collection.payments.captures.id",
        ],
        filters: { id: cartId },
      })
      const collection = data[0].payment_collection
      return { status: collection.status as string, sessions: collection.payment_sessions as any[], payments: (collection.payments ?? []) as any[] }
    }

    /** Reservations of the item: the database was reset before the test, so they are this test's. */
    const reservationsOf = (inventoryItemId: string) => getContainer().resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: inventoryItemId })

    async function ordersOf(cartId: string) {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((link: { order_id: string }) => link.order_id)
    }

    async function ordersByEmail(email: string) {
      const { data } = await query().graph({ entity: "order", fields: ["id", "payment_collections.status"], filters: { email } })
      return data.map((order: any) => ({ id: order.id as string, payment: (order.payment_collections ?? []).map((c: { status: string }) => c.status).join() }))
    }

    const postWebhook = (payload: string, signature?: string, contentType = "application/json") =>
      outcome(
        api.post(HOOK, payload, {
          headers: { "content-type": contentType, ...(signature === undefined ? {} : { "stripe-signature": signature }) },
          transformRequest: [(body: string) => body],
        })
      )

    const deliver = (type: string, intentId: string) => {
      const { payload, signature } = stripe.event(type, intentId, WEBHOOK_SECRET)
      return postWebhook(payload, signature)
    }

    it("the region offers Stripe, not the system provider, and a session asks Stripe for an automatically captured EUR intent over the cart's total", async () => {
      const { data: regions } = await api.get("/store/regions", headers)
      const { data } = await api.get(`/store/payment-providers?region_id=${regions.regions[0].id}`, headers)
      expect(data.payment_providers.map((p: { id: string }) => p.id)).toEqual([STRIPE])

      const { cartId, session, intent } = await stripeCart("sitzung@example.org")
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=total`, headers)
      const creates = stripe.callsTo("POST", /^\/v1\/payment_intents$/)
      expect(creates).toHaveLength(1)
      const sent = creates[0].body
      expect(Number(sent.get("amount"))).toBe(Math.round(cart.cart.total * 100))
      expect(sent.get("currency")).toBe("eur")
      expect(sent.get("capture_method")).toBe("automatic")
      expect(sent.get("automatic_payment_methods[enabled]")).toBe("true")
      expect(sent.get("metadata[session_id]")).toBe(session.id)
      // The storefront's Payment Element needs the intent's client secret from the session.
      const { data: store } = await api.get(`/store/carts/${cartId}?fields=*payment_collection.payment_sessions`, headers)
      expect(store.cart.payment_collection.payment_sessions[0].data.client_secret).toBe(intent.client_secret)
    })

    it("an existing shop's region, from before Stripe, is switched to Stripe by the seed, once", async () => {
      const regionProviders = async () => {
        const { data } = await query().graph({ entity: "region", fields: ["id", "updated_at", "payment_providers.id"] })
        expect(data).toHaveLength(1)
        return { id: data[0].id as string, updatedAt: String(data[0].updated_at), providers: data[0].payment_providers.map((p: { id: string }) => p.id) }
      }
      const before = await regionProviders()
      await updateRegionsWorkflow(getContainer()).run({ input: { selector: { id: before.id }, update: { payment_providers: ["pp_system_default"] } } })
      expect((await regionProviders()).providers).toEqual(["pp_system_default"])

      // The seed's store step, as `npm run up` runs it on every start.
      await ensureStoreSetup(getContainer(), query() as unknown as Query)
      const switched = await regionProviders()
      expect(switched.providers).toEqual([STRIPE])
      await ensureStoreSetup(getContainer(), query() as unknown as Query)
      expect(await regionProviders()).toEqual(switched)
    })

    it("payment_intent.succeeded for a cart's session makes the cart exactly one order, paid, without asking Stripe to capture again", async () => {
      const email = "webhook@example.org"
      const { cartId, intent, inventoryItemId } = await stripeCart(email)
      stripe.confirmSucceeded(intent.id)

      const answer = await deliver("payment_intent.succeeded", intent.id)
      expect(answer.status, JSON.stringify(answer.data)).toBe(200)

      const orderIds = await eventually(() => ordersOf(cartId), (ids) => ids.length > 0)
      await webhooks.settled(1)
      expect(orderIds).toHaveLength(1)
      expect(await ordersByEmail(email)).toEqual([{ id: orderIds[0], payment: "completed" }])
      const payment = await paymentOf(cartId)
      expect(payment.payments).toHaveLength(1)
      expect(payment.payments[0].captured_at).toBeTruthy()
      expect(payment.payments[0].captures).toHaveLength(1)
      expect(await reservationsOf(inventoryItemId)).toHaveLength(1)
      // Automatic capture: Stripe took the money on confirmation; a capture call would fail there.
      expect(stripe.callsTo("POST", /\/capture$/)).toHaveLength(0)
    })

    it("the same event five times and events out of order: one order, one payment captured once, nothing changed by the late events", async () => {
      const email = "fuenfmal@example.org"
      const { cartId, intent } = await stripeCart(email)
      stripe.confirmSucceeded(intent.id)

      // Stripe retries a delivery it thinks failed, and does not promise an order of events.
      const first = await Promise.all(Array.from({ length: 5 }, () => deliver("payment_intent.succeeded", intent.id)))
      expect(first.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])
      await webhooks.settled(5)
      const orders = await ordersByEmail(email)
      expect(orders).toHaveLength(1)
      const before = await paymentOf(cartId)
      expect(before.payments).toHaveLength(1)
      expect(before.payments[0].captures).toHaveLength(1)

      // Events Stripe sent earlier arrive after succeeded: created, processing, amount_capturable_updated.
      const late = await Promise.all(
        ["payment_intent.created", "payment_intent.processing", "payment_intent.amount_capturable_updated", "payment_intent.succeeded"].map((type) => deliver(type, intent.id))
      )
      expect(late.map((a) => a.status)).toEqual([200, 200, 200, 200])
      await webhooks.settled(9)
      expect(await ordersByEmail(email)).toEqual(orders)
      expect(await ordersOf(cartId)).toEqual([orders[0].id])
      expect(await paymentOf(cartId)).toEqual(before)
      expect(stripe.callsTo("POST", /\/capture$/)).toHaveLength(0)
    })

    it("a bad signature is refused with a clear 400 and changes nothing; the same event correctly signed is taken", async () => {
      const email = "gefaelscht@example.org"
      const { cartId, intent } = await stripeCart(email)
      stripe.confirmSucceeded(intent.id)
      const { payload, signature } = stripe.event("payment_intent.succeeded", intent.id, WEBHOOK_SECRET)
      const forged = stripe.event("payment_intent.succeeded", intent.id, "whsec_someone_else")
      const sessionBefore = await paymentOf(cartId)

      const answers = {
        "another secret": await postWebhook(forged.payload, forged.signature),
        "a changed body": await postWebhook(payload.replace('"livemode":false', '"livemode":true'), signature),
        "no signature": await postWebhook(payload),
        "a garbled signature": await postWebhook(payload, "t=1,v1=abc"),
        "an old signature": await postWebhook(payload, signature.replace(/t=\d+/, "t=1000000000")),
        "not JSON": await postWebhook(payload, signature, "text/plain"),
      }
      for (const [what, answer] of Object.entries(answers)) {
        expect(answer.status, `${what}: ${JSON.stringify(answer.data)}`).toBe(400)
        expect(answer.data?.message, what).toMatch(/Stripe/)
      }
      // Longer than Medusa's 5 s delay before its subscriber takes an event up.
      await new Promise((resolve) => setTimeout(resolve, 7_000))
      expect(webhooks.state.taken).toBe(0)
      expect(await ordersOf(cartId)).toEqual([])
      expect(await paymentOf(cartId)).toEqual(sessionBefore)

      const genuine = await postWebhook(payload, signature)
      expect(genuine.status).toBe(200)
      expect(await eventually(() => ordersOf(cartId), (ids) => ids.length > 0)).toHaveLength(1)
      await webhooks.settled(1)
    })

    it("payment_intent.payment_failed: no order, no reservation for the cart's items, and the shopper's completion is refused clearly", async () => {
      const email = "abgelehnt@example.org"
      const { cartId, intent, inventoryItemId } = await stripeCart(email)
      stripe.confirmDeclined(intent.id)

      expect((await deliver("payment_intent.payment_failed", intent.id)).status).toBe(200)
      await webhooks.settled(1)
      expect(await ordersOf(cartId)).toEqual([])

      // Back from Stripe, the storefront completes the cart: Stripe says the payment failed.
      const answer = await outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect(isOrder(answer), JSON.stringify(answer.data)).toBe(false)
      expect(answer.status).toBeGreaterThanOrEqual(200)
      expect(answer.status).toBeLessThan(500)
      expect(answer.data?.message ?? answer.data?.error?.message).toMatch(/authorized|payment/i)

      expect(await ordersOf(cartId)).toEqual([])
      expect(await ordersByEmail(email)).toEqual([])
      expect(await reservationsOf(inventoryItemId)).toEqual([])
      expect((await paymentOf(cartId)).payments).toEqual([])
    })

    it("SEPA Direct Debit: the order is placed while Stripe processes the debit, and paid once payment_intent.succeeded arrives", async () => {
      const email = "lastschrift@example.org"
      const { cartId, intent } = await stripeCart(email)
      stripe.confirmProcessing(intent.id, "sepa_debit")

      // Back from Stripe (redirect_status=processing), the storefront completes the cart.
      const answer = await outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect(answer.status, JSON.stringify(answer.data)).toBe(200)
      expect(answer.data.type, JSON.stringify(answer.data)).toBe("order")
      const orderId = answer.data.order.id
      expect((await paymentOf(cartId)).payments).toEqual([])
      // payment_intent.processing changes nothing.
      expect((await deliver("payment_intent.processing", intent.id)).status).toBe(200)
      await webhooks.settled(1)
      expect((await paymentOf(cartId)).payments).toEqual([])

      stripe.settle(intent.id)
      expect((await deliver("payment_intent.succeeded", intent.id)).status).toBe(200)
      await webhooks.settled(2)
      const payment = await paymentOf(cartId)
      expect(payment.payments).toHaveLength(1)
      expect(payment.payments[0].captured_at).toBeTruthy()
      expect(payment.payments[0].captures).toHaveLength(1)
      expect(await ordersByEmail(email)).toEqual([{ id: orderId, payment: "completed" }])
      expect(stripe.callsTo("POST", /\/capture$/)).toHaveLength(0)
    })

    it("SEPA Direct Debit failing after the order was placed: the order is called off, its stock back on sale, nothing owed or refunded, the shopper told; the failure again changes nothing", async () => {
      const email = "ruecklastschrift@example.org"
      const { cartId, intent, inventoryItemId } = await stripeCart(email)
      stripe.confirmProcessing(intent.id, "sepa_debit")
      const answer = await outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect(answer.data.type, JSON.stringify(answer.data)).toBe("order")
      const orderId: string = answer.data.order.id
      expect(await reservationsOf(inventoryItemId)).toHaveLength(1)
      const ledger = getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
      const partsBefore = await ledger.listOrderParts({ order_id: orderId })
      expect(partsBefore.length).toBeGreaterThan(0)

      stripe.failDebit(intent.id)
      expect((await deliver("payment_intent.payment_failed", intent.id)).status).toBe(200)
      const order = async () => (await query().graph({ entity: "order", fields: ["status"], filters: { id: orderId } })).data[0]
      expect((await eventually(order, (o: any) => o.status === "canceled")).status).toBe("canceled")
      expect(await reservationsOf(inventoryItemId)).toEqual([])
      const parts = await eventually(
        () => ledger.listOrderParts({ order_id: orderId }, { relations: ["entries"] }),
        (parts) => parts.every((part) => part.status === "canceled")
      )
      for (const part of parts) {
        // The void takes the whole sale out of the books: the producer is owed nothing, nothing went back.
        expect(part.entries.map((entry: any) => entry.kind).sort()).toEqual(["sale", "void"])
        const sum = (field: string) => Math.round(part.entries.reduce((total: number, entry: any) => total + Number(entry[field]) * 100, 0))
        for (const field of ["goods_total", "shipping_total", "commission_total", "payout_total"]) expect(sum(field), field).toBe(0)
      }
      expect(stripe.callsTo("POST", /\/refunds$/)).toHaveLength(0)
      // The shopper's view of the order says nothing was charged.
      const { data: access } = await api.get(`/store/carts/${cartId}/order-access`, headers)
      const { data: shopperParts } = await api.get(`/store/orders/${orderId}/parts`, { headers: { ...headers.headers, "x-order-access-token": access.access_token } })
      expect(shopperParts.order_parts.map((part: any) => [part.status, part.charged_total, part.refunded_total])).toEqual(parts.map(() => ["canceled", 0, 0]))

      // Stripe delivers the failure again: nothing more happens.
      expect((await deliver("payment_intent.payment_failed", intent.id)).status).toBe(200)
      await webhooks.settled(2)
      const again = await ledger.listOrderParts({ order_id: orderId }, { relations: ["entries"] })
      expect(again.flatMap((part) => part.entries)).toHaveLength(parts.flatMap((part) => part.entries).length)
    })

    it("SEPA Direct Debit failing after a producer packed goods of the order: the order and its parts stay as they are, nothing voided", async () => {
      const email = "gepackt-ruecklastschrift@example.org"
      const { cartId, intent, inventoryItemId } = await stripeCart(email)
      stripe.confirmProcessing(intent.id, "sepa_debit")
      const answer = await outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect(answer.data.type, JSON.stringify(answer.data)).toBe("order")
      const orderId: string = answer.data.order.id
      const ledger = getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
      const [part] = await ledger.listOrderParts({ order_id: orderId })
      const admin = await loginAssociationAdmin(getContainer(), api)
      const packed = await outcome(api.post(`/admin/order-parts/${part.id}/fulfil`, {}, admin))
      expect(packed.status, JSON.stringify(packed.data)).toBe(200)
      const packedStatus = (await ledger.listOrderParts({ id: part.id }))[0].status

      // The association's notice is the log's warning (read by wrapping the app's logger; it still logs).
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER) as any
      const warn = logger.warn
      const warnings: string[] = []
      logger.warn = function (message: string, ...rest: unknown[]) {
        warnings.push(String(message))
        return warn.call(this, message, ...rest)
      }
      try {
        stripe.failDebit(intent.id)
        expect((await deliver("payment_intent.payment_failed", intent.id)).status).toBe(200)
        await webhooks.settled(1)
        await eventually(async () => warnings.filter((message) => message.includes(orderId)), (found) => found.length > 0)
      } finally {
        logger.warn = warn
      }
      expect(warnings.filter((message) => message.includes(orderId))).toEqual([
        `The payment of order ${orderId} failed after goods of it were packed: the order stays, the association collects the money from the shopper`,
      ])
      const { data: [order] } = await query().graph({ entity: "order", fields: ["status"], filters: { id: orderId } })
      expect(order.status).not.toBe("canceled")
      const [after] = await ledger.listOrderParts({ id: part.id }, { relations: ["entries"] })
      expect(after.status).toBe(packedStatus)
      expect(after.entries.map((entry: any) => entry.kind)).toEqual(["sale"])
      // Packing took the goods off the shelf (its reservation became the fulfilment), and the failure put nothing back.
      expect(await reservationsOf(inventoryItemId)).toEqual([])
    })

    it("ten completions by the shopper racing the webhook: one order, one payment captured once", async () => {
      const email = "wettlauf@example.org"
      const { cartId, intent, inventoryItemId } = await stripeCart(email, 1)
      stripe.confirmSucceeded(intent.id)

      // The ten completions start the moment Medusa's subscriber takes the webhook up.
      let completions: Promise<Outcome[]> | undefined
      webhooks.state.onWebhook = () => {
        completions ??= Promise.all(Array.from({ length: 10 }, () => outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))))
      }
      expect((await deliver("payment_intent.succeeded", intent.id)).status).toBe(200)
      await webhooks.settled(1)
      const answers = await eventually(async () => completions, Boolean)
      const settledAnswers = await answers!
      const tally = JSON.stringify(settledAnswers.map((a) => `${a.status} ${a.data?.type ?? a.data?.message ?? ""}`.slice(0, 80)))

      for (const answer of settledAnswers) {
        if (!isOrder(answer)) {
          expect(answer.status, JSON.stringify(answer.data)).toBeGreaterThanOrEqual(400)
          expect(answer.status, JSON.stringify(answer.data)).toBeLessThan(500)
        }
      }
      const orders = await ordersByEmail(email)
      expect(orders, tally).toHaveLength(1)
      expect(await ordersOf(cartId)).toEqual([orders[0].id])
      for (const answer of settledAnswers.filter(isOrder)) expect(answer.data.order.id).toBe(orders[0].id)
      const payment = await paymentOf(cartId)
      expect(payment.payments).toHaveLength(1)
      expect(payment.payments[0].captures).toHaveLength(1)
      expect(orders[0].payment).toBe("completed")
      // Stripe captured on confirmation; neither path asked it to capture again.
      expect(stripe.callsTo("POST", /\/capture$/)).toHaveLength(0)
      expect(await reservationsOf(inventoryItemId), "reservations").toHaveLength(1)
    })

    describe("payouts by Stripe Connect", () => {
      const { sausage, bread, beer } = threeProducersGoods()
      const today = new Date().toISOString().slice(0, 10)
      const ledger = () => getContainer().resolve(LEDGER_MODULE) as LedgerModuleService
      let admin: Headers
      beforeAll(async () => {
        admin = await loginAssociationAdmin(getContainer(), api)
      })

      async function producerIdOf(handle: string) {
        return (await query().graph({ entity: "producer", fields: ["id"], filters: { handle } })).data[0].id as string
      }

      /** An order of the products, paid by card through Stripe and completed by the shopper. */
      async function paidOrder(handles: string[], email: string) {
        const lines = []
        for (const handle of handles) {
          const { data } = await query().graph({ entity: "product", fields: ["variants.id"], filters: { handle } })
          lines.push({ variant_id: data[0].variants[0].id as string, quantity: 1 })
        }
        const cartId = await readyCart(api, headers, lines, email, { provider: STRIPE })
        stripe.confirmSucceeded(stripe.intentOfSession((await paymentOf(cartId)).sessions[0].id).id)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(data.type).toBe("order")
        return data.order.id as string
      }

      /** What the producer's entries owe it in all, in cents. */
      async function earnedCents(producerId: string) {
        const parts = await ledger().listOrderParts({ producer_id: producerId }, { relations: ["entries"] })
        return Math.round(parts.flatMap((p) => p.entries).reduce((sum, e) => sum + Number(e.payout_total), 0) * 100)
      }

      const transfersTo = (account: string) => [...stripe.transfers.values()].filter((t) => t.destination === account)

      it("gives a producer's owner a link into Stripe's onboarding: one Express account, made once and kept; staff get 403", async () => {
        const bakeryId = await producerIdOf(bread.producer.handle)
        const loginAs = async (email: string, password: string) => {
          await api.post(`/admin/producers/${bakeryId}/logins`, { email, password }, admin)
          return { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", { email, password })).data.token}` } }
        }
        const owner = await loginAs("inhaber@connect.test", "inhaber-passwort-1")
        const start = (who: Headers, body: Record<string, unknown> = { locale: "en" }) => outcome(api.post("/producer/stripe-onboarding", body, who))

        const first = await start(owner)
        expect(first.status, JSON.stringify(first.data)).toBe(200)
        expect(first.data.onboarding.url).toMatch(/^https:\/\/connect\.stripe\.com\/setup\/e\/acct_/)
        const [account] = await ledger().listSellerAccounts({ producer_id: bakeryId })
        expect(account.stripe_account_id).toMatch(/^acct_/)
        expect(first.data.onboarding.url).toContain(account.stripe_account_id)
        const made = stripe.createdAccounts.get(account.stripe_account_id!)!
        expect([made.get("type"), made.get("country"), made.get("metadata[producer_id]"), made.get("capabilities[transfers][requested]")]).toEqual(["express", "DE", bakeryId, "true"])
        const [link] = stripe.callsTo("POST", /^\/v1\/account_links$/)
        expect(link.body.get("type")).toBe("account_onboarding")
        // Back to the portal's payouts page in the owner's language, never to an address a client names.
        expect(link.body.get("return_url")).toMatch(/\/en\/portal\/payouts\?stripe=zurueck$/)
        expect(link.body.get("refresh_url")).toMatch(/\/en\/portal\/payouts\?stripe=abgelaufen$/)
        expect((await start(owner, { locale: "de", return_url: "https://example.org/phish" })).status).toBe(400)

        // Again (the link expired, onboarding unfinished): the same account, a new link.
        const again = await start(owner, {})
        expect(again.status).toBe(200)
        expect(again.data.onboarding.url).toContain(account.stripe_account_id)
        expect(stripe.callsTo("POST", /^\/v1\/accounts$/)).toHaveLength(1)
        expect(stripe.callsTo("POST", /^\/v1\/account_links$/).at(-1)!.body.get("return_url")).toMatch(/[^n]\/portal\/auszahlungen\?stripe=zurueck$/)
        const { data: details } = await api.get("/producer/payout-details", owner)
        expect(details.payout_details).toMatchObject({ payout_method: "stripe_connect", stripe_connected: true })

        const staff = await loginAs("geselle@connect.test", "geselle-passwort-1")
        const producers = getContainer().resolve("producer") as any
        const [member] = await producers.listProducerMembers({ email: "geselle@connect.test" })
        await producers.updateProducerMembers({ id: member.id, role: "staff" })
        expect((await start(staff)).status).toBe(403)
        expect(stripe.callsTo("POST", /^\/v1\/accounts$/)).toHaveLength(1)
      })

      it("sends each connected producer its balance in one transfer, once; a producer without an account waits, one Stripe refuses fails and is owed again", async () => {
        const [butcherId, bakeryId, breweryId] = await Promise.all([sausage, bread, beer].map((p) => producerIdOf(p.producer.handle)))
        await paidOrder([sausage.handle, bread.handle, beer.handle], "connect@example.org")
        await paidOrder([sausage.handle], "connect2@example.org")
        stripe.accounts.add("acct_1Metzgerei")
        stripe.restrictedAccounts.add("acct_1Brauerei")
        await api.post(`/admin/seller-accounts/${butcherId}`, { stripe_account_id: "acct_1Metzgerei" }, admin)
        await api.post(`/admin/seller-accounts/${breweryId}`, { stripe_account_id: "acct_1Brauerei" }, admin)
        const { data: payees } = await api.get("/admin/seller-accounts?limit=100", admin)
        expect(payees.payout_method).toBe("stripe_connect")
        expect(payees.seller_accounts.find((a: any) => a.producer_id === bakeryId).ready_to_be_paid).toBe(false)

        const { data: run } = await api.post("/admin/payouts", { until: today }, admin)
        const byProducer = (id: string) => run.payouts.find((p: any) => p.producer_id === id)
        const [transfer] = transfersTo("acct_1Metzgerei")
        expect(transfersTo("acct_1Metzgerei")).toHaveLength(1)
        expect(transfer.amount).toBe(await earnedCents(butcherId))
        expect(transfer.currency).toBe("eur")
        expect(byProducer(butcherId)).toMatchObject({ method: "stripe_connect", status: "paid", transfer_id: transfer.id })
        expect(transfer.transfer_group).toBe(byProducer(butcherId).id)
        const sent = stripe.callsTo("POST", /^\/v1\/transfers$/).find((call) => call.body.get("destination") === "acct_1Metzgerei")
        expect(sent?.idempotencyKey).toBe(`payout-${byProducer(butcherId).id}`)
        // The brewery's account cannot take transfers yet: that payout failed with Stripe's reason, nothing moved.
        expect(byProducer(breweryId)).toMatchObject({ status: "failed", transfer_id: null })
        expect(byProducer(breweryId).failure).toMatch(/capabilities/)
        expect(transfersTo("acct_1Brauerei")).toHaveLength(0)
        // The bakery has no account: owed, not paid.
        expect(byProducer(bakeryId)).toBeUndefined()
        expect(run.waiting).toEqual([{ producer_id: bakeryId, currency_code: "eur", amount: (await earnedCents(bakeryId)) / 100, reason: "no_stripe_account" }])

        // The brewery finishes Stripe's onboarding; the next run pays it (and nobody twice).
        stripe.restrictedAccounts.delete("acct_1Brauerei")
        stripe.accounts.add("acct_1Brauerei")
        const { data: again } = await api.post("/admin/payouts", { until: today }, admin)
        expect(again.payouts.map((p: any) => [p.producer_id, p.status])).toEqual([[breweryId, "paid"]])
        expect(transfersTo("acct_1Brauerei").map((t) => t.amount)).toEqual([await earnedCents(breweryId)])
        expect(transfersTo("acct_1Metzgerei")).toHaveLength(1)
      })

      it("finishes a payout a cut-off run left pending without sending it twice, and pays each balance once when runs start together", async () => {
        const [butcherId, breweryId] = await Promise.all([sausage, beer].map((p) => producerIdOf(p.producer.handle)))
        await paidOrder([sausage.handle, beer.handle], "abgebrochen@example.org")
        for (const account of ["acct_1Metzgerei", "acct_1Brauerei"]) stripe.accounts.add(account)
        await api.post(`/admin/seller-accounts/${butcherId}`, { stripe_account_id: "acct_1Metzgerei" }, admin)
        await api.post(`/admin/seller-accounts/${breweryId}`, { stripe_account_id: "acct_1Brauerei" }, admin)
        // What a run killed between its steps leaves: two pending payouts, Stripe took the butcher's transfer already.
        const coversUntil = new Date()
        const [butchers, brewerys] = await ledger().createPayouts([
          { producer_id: butcherId, currency_code: "eur", amount: (await earnedCents(butcherId)) / 100, covers_until: coversUntil, method: "stripe_connect", status: "pending" },
          { producer_id: breweryId, currency_code: "eur", amount: (await earnedCents(breweryId)) / 100, covers_until: coversUntil, method: "stripe_connect", status: "pending" },
        ])
        const payload = new URLSearchParams({ amount: String(await earnedCents(butcherId)), currency: "eur", destination: "acct_1Metzgerei", transfer_group: butchers.id })
        const taken = await fetch("https://api.stripe.com/v1/transfers", { method: "POST", body: payload, headers: { "content-type": "application/x-www-form-urlencoded" } })
        expect(taken.status).toBe(200)

        // Three runs at once: the pending payouts are finished, nothing is due beyond them.
        const runs = await Promise.all([...Array(3)].map(() => outcome(api.post("/admin/payouts", { until: today }, admin))))
        for (const run of runs) expect(run.status, JSON.stringify(run.data)).toBe(200)
        expect(runs.flatMap((run) => run.data.payouts)).toEqual([])
        const finished = await ledger().listPayouts({ id: [butchers.id, brewerys.id] })
        expect(finished.map((p) => p.status)).toEqual(["paid", "paid"])
        expect(transfersTo("acct_1Metzgerei")).toHaveLength(1)
        expect(finished.find((p) => p.id === butchers.id)!.transfer_id).toBe(transfersTo("acct_1Metzgerei")[0].id)
        expect(transfersTo("acct_1Brauerei").map((t) => t.amount)).toEqual([await earnedCents(breweryId)])
        expect(await ledger().listPayouts({})).toHaveLength(2)
      })
    })
  },
})
