import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { StoreOrderParts } from "@genussnetz/marketplace/http"
import { seedNetwork } from "../../../seed"
import type { PlannedProduct } from "../../../seed/plan"
import { readyCart } from "./helpers/checkout"
import { threeProducersGoods } from "./helpers/seeded-goods"
import { loginAssociationAdmin, outcome, type Headers } from "./helpers/http"

const backendDir = join(__dirname, "..", "..")
// The seed uploads its pictures through Medusa's File Module: keep them out of the repository.
process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf)
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
  return []
}

/**
 * Customer accounts on Medusa's own customer auth, and what a shopper sees of an order's parts.
 * A customer registers (`POST /auth/customer/emailpass/register`, then `POST /store/customers`
 * with that token), logs in (`POST /auth/customer/emailpass`), checks out with its token, and
 * finds the order in `GET /store/orders` — its own only. `GET /store/orders/:id/parts` answers
 * each producer's part (status, delivery, tracking, money charged and given back) to the order's
 * customer or its access token, nothing of the association's books, and 404 to anyone else.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    let admin: Headers
    // A butcher's chilled sausage (picked up), a bakery's bread, a brewery's beer (parcel): three producers.
    const { sausage, bread, beer } = threeProducersGoods()

    beforeAll(async () => {
      const seeded = await seedNetwork(getContainer())
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await loginAssociationAdmin(getContainer(), api)
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const ledger = () => getContainer().resolve("ledger") as any
    const variantOf = async (handle: string) =>
      (await query().graph({ entity: "product", fields: ["variants.id"], filters: { handle } })).data[0].variants[0].id as string
    const linesOf = (lines: { handle: string; quantity: number }[]) =>
      Promise.all(lines.map(async (line) => ({ variant_id: await variantOf(line.handle), quantity: line.quantity })))
    /** The store's headers with a customer's token. */
    const as = (token: string): Headers => ({ headers: { ...headers.headers, authorization: `Bearer ${token}` } })

    /** Registers a customer as the storefront does, and logs it in: its id and login token. */
    async function register(email: string, password = "ein-gutes-passwort") {
      const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
      const { data: created } = await api.post("/store/customers", { email, first_name: "Erika", last_name: "Musterfrau" }, as(registration.token))
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
      return { id: created.customer.id as string, email, token: login.token as string }
    }

    const ordersOf = async (token: string) => (await api.get("/store/orders?fields=id,display_id,total&limit=50", as(token))).data.orders as { id: string }[]

    it("registers a customer, logs it in, and refuses a second account for the same e-mail and a wrong password", async () => {
      const erika = await register("erika.konto@example.org")
      const { data } = await api.get("/store/customers/me", as(erika.token))
      expect(data.customer).toMatchObject({ id: erika.id, email: "erika.konto@example.org", has_account: true })
      expect((await outcome(api.post("/auth/customer/emailpass/register", { email: erika.email, password: "noch-ein-passwort" }))).status).toBe(401)
      const wrong = await outcome(api.post("/auth/customer/emailpass", { email: erika.email, password: "falsches-passwort" }))
      expect(wrong.status).toBe(401)
      expect(JSON.stringify(wrong.data)).not.toContain("falsches-passwort")
      expect((await outcome(api.get("/store/customers/me", headers))).status).toBe(401)
      // Input no route can read is refused for the auth routes as for the others, and creates nothing.
      for (const body of [{ email: "a\u0000b@example.org", password: "ein-gutes-passwort" }, { email: "c@example.org", password: "geheim\u0000geheim" }]) {
        const refused = await outcome(api.post("/auth/customer/emailpass/register", body))
        expect(refused.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
        expect(refused.status, JSON.stringify(body)).toBeLessThan(500)
      }
      const { data: identities } = await query().graph({ entity: "provider_identity", fields: ["entity_id"] })
      expect(identities.map((i: any) => i.entity_id).filter((e: string) => e.includes("\u0000"))).toEqual([])
    })

    it("puts a logged-in customer's order into its history and no one else's; another customer gets 404", async () => {
      const [erika, max] = [await register("erika.bestellt@example.org"), await register("max.bestellt@example.org")]
      // A cart filled as a guest, then taken over at login (Medusa's POST /store/carts/:id/customer), as the storefront does.
      const cartId = await readyCart(api, headers, await linesOf([{ handle: sausage.handle, quantity: 1 }, { handle: beer.handle, quantity: 1 }]), "erika.bestellt@example.org")
      await api.post(`/store/carts/${cartId}/customer`, {}, as(erika.token))
      const customerOfCart = async (id: string) => (await query().graph({ entity: "cart", filters: { id }, fields: ["customer_id"] })).data[0].customer_id
      expect(await customerOfCart(cartId)).toBe(erika.id)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, as(erika.token))
      expect(completed.type).toBe("order")
      const orderId = completed.order.id as string

      // A cart made with the token belongs to the customer from the start.
      const secondCart = await readyCart(api, as(erika.token), await linesOf([{ handle: bread.handle, quantity: 1 }]), erika.email)
      const { data: second } = await api.post(`/store/carts/${secondCart}/complete`, {}, as(erika.token))
      expect(second.type).toBe("order")

      expect((await ordersOf(erika.token)).map((o) => o.id).sort()).toEqual([orderId, second.order.id].sort())
      expect(await ordersOf(max.token)).toEqual([])
      expect((await outcome(api.get("/store/orders", headers))).status).toBe(401)

      expect((await api.get(`/store/orders/${orderId}?fields=id,email`, as(erika.token))).data.order.email).toBe(erika.email)
      for (const who of [as(max.token), headers]) {
        const refused = await outcome(api.get(`/store/orders/${orderId}`, who))
        expect(refused.status).toBe(404)
        expect(refused.data.message).toMatch(/not found/)
      }
      // Max cannot take Erika's finished cart over either.
      expect((await outcome(api.post(`/store/carts/${cartId}/customer`, {}, as(max.token)))).status).toBeGreaterThanOrEqual(400)
      expect((await ordersOf(max.token)).length).toBe(0)
    })

    it("never files a guest's order under an account that merely has the same e-mail", async () => {
      // Whoever registers an address first (no one checks it) must not receive the orders a guest places with it.
      const squatter = await register("gast.bestellt@example.org")
      const cartId = await readyCart(api, headers, await linesOf([{ handle: bread.handle, quantity: 1 }]), "gast.bestellt@example.org")
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(completed.type).toBe("order")
      expect(await ordersOf(squatter.token)).toEqual([])
      expect((await outcome(api.get(`/store/orders/${completed.order.id}`, as(squatter.token)))).status).toBe(404)
      const { data } = await query().graph({ entity: "order", filters: { id: completed.order.id }, fields: ["email", "customer.has_account"] })
      expect(data[0].email).toBe("gast.bestellt@example.org")
      expect(data[0].customer.has_account).toBe(false)
    })

    it("answers an order's parts to its customer and its access token only, with no money of the association's books", async () => {
      const [erika, max] = [await register("erika.teile@example.org"), await register("max.teile@example.org")]
      const cartId = await readyCart(api, as(erika.token), await linesOf([{ handle: sausage.handle, quantity: 2 }, { handle: beer.handle, quantity: 1 }]), erika.email, {
        delivery: ["pickup"],
      })
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, as(erika.token))
      const orderId = completed.order.id as string
      const { data: access } = await api.get(`/store/carts/${cartId}/order-access`, headers)
      const withToken = (token: string): Headers => ({ headers: { ...headers.headers, "x-order-access-token": token } })

      const own = await api.get(`/store/orders/${orderId}/parts`, as(erika.token))
      const parts = StoreOrderParts.parse(own.data).order_parts
      expect(parts.map((p) => p.producer?.handle).sort()).toEqual([sausage.producer.handle, beer.producer.handle].sort())
      expect(parts.every((p) => p.status === "open" && p.refunded_total === 0 && p.tracking.length === 0)).toBe(true)
      // The parts together are the order: its lines, each once, and its total.
      expect(parts.flatMap((p) => p.items.map((item) => item.id)).sort()).toEqual(completed.order.items.map((item: any) => item.id).sort())
      expect(parts.reduce((sum, p) => sum + p.charged_total, 0)).toBeCloseTo(Number(completed.order.total), 2)
      const butchers = parts.find((p) => p.producer?.handle === sausage.producer.handle)!
      expect(butchers.items).toEqual([expect.objectContaining({ quantity: 2 })])
      expect(butchers.shipping_methods[0].kind).toBe("pickup")
      expect(butchers.shipping_methods[0].pickup_hours?.length).toBeGreaterThan(0)
      expect(butchers.shipping_methods[0].pickup_address?.city).toBeTruthy()
      const keys = keysOf(own.data).map((key) => key.toLowerCase())
      for (const secret of ["commission", "payout", "entries", "email", "shipping_address", "producer_id", "fulfillment_id", "refundable"]) {
        expect(keys.filter((key) => key.includes(secret)), secret).toEqual([])
      }

      const byToken = await api.get(`/store/orders/${orderId}/parts`, withToken(access.access_token))
      expect(byToken.data).toEqual(own.data)
      for (const [label, who] of [
        ["another customer", as(max.token)],
        ["nobody", headers],
        ["a wrong token", withToken("A".repeat(43))],
        ["the token in upper case", withToken(access.access_token.toUpperCase())],
        ["another customer with a wrong token", { headers: { ...as(max.token).headers, "x-order-access-token": "x" } }],
      ] as const) {
        const refused = await outcome(api.get(`/store/orders/${orderId}/parts`, who))
        expect(refused.status, label).toBe(404)
        expect(refused.data.message, label).toMatch(/not found/)
      }
      // A producer that delivers a part knows the order's id: 404 all the same.
      const login = { email: "metzger-teile@genussnetz.test", password: "teile-passwort-123" }
      const butcherId = (await query().graph({ entity: "producer", fields: ["id"], filters: { handle: sausage.producer.handle } })).data[0].id
      await api.post(`/admin/producers/${butcherId}/logins`, login, admin)
      const asButcher = { headers: { ...headers.headers, authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }
      expect((await outcome(api.get(`/store/orders/${orderId}/parts`, asButcher))).status).toBe(404)

      // Bad input: a 4xx with a message, never a 500.
      for (const url of [
        `/store/orders/${orderId}/parts?fields=*`,
        `/store/orders/${orderId}/parts?limit=1`,
        `/store/orders/${orderId}/parts?q=%00`,
        `/store/orders/order_gibt_es_nicht/parts`,
        `/store/orders/%00/parts`,
        `/store/orders/${orderId}%00/parts`,
        `/store/orders/%E0%A4%A/parts`,
        `/store/orders/${"a".repeat(3000)}/parts`,
      ]) {
        const refused = await outcome(api.get(url, as(erika.token)))
        expect(refused.status, url).toBeGreaterThanOrEqual(400)
        expect(refused.status, url).toBeLessThan(500)
        expect(typeof refused.data?.message, url).toBe("string")
      }
      // The order's parts were only read.
      expect((await ledger().listOrderParts({ order_id: orderId })).map((p: any) => p.status)).toEqual(["open", "open"])
    })

    it("shows each part's status as its producer moves it: packed for pickup, shipped with tracking, handed over, cancelled, refunded", async () => {
      const erika = await register("erika.status@example.org")
      const cartId = await readyCart(
        api,
        as(erika.token),
        await linesOf([{ handle: sausage.handle, quantity: 1 }, { handle: beer.handle, quantity: 2 }, { handle: bread.handle, quantity: 1 }]),
        erika.email,
        { delivery: ["parcel", "pickup"] }
      )
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, as(erika.token))
      const orderId = completed.order.id as string
      const parts = await ledger().listOrderParts({ order_id: orderId })
      const producerIdOf = async (handle: string) => (await query().graph({ entity: "producer", fields: ["id"], filters: { handle } })).data[0].id as string
      const [butchersId, brewerysId, bakerysId] = await Promise.all(
        [sausage, beer, bread].map(async (planned) => {
          const producerId = await producerIdOf(planned.producer.handle)
          return parts.find((p: any) => p.producer_id === producerId).id as string
        })
      )
      async function loginAs(planned: PlannedProduct) {
        const login = { email: `${planned.producer.handle}-status@genussnetz.test`, password: "status-passwort-123" }
        await api.post(`/admin/producers/${await producerIdOf(planned.producer.handle)}/logins`, login, admin)
        return { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }
      }
      async function act(url: string, body: object, who: Headers) {
        const answer = await outcome(api.post(url, body, who))
        if (answer.status !== 200) throw new Error(`POST ${url} answered ${answer.status}: ${answer.data?.message}`)
      }
      const shopperSees = async () => {
        const { data } = await api.get(`/store/orders/${orderId}/parts`, as(erika.token))
        const list = StoreOrderParts.parse(data).order_parts
        return Object.fromEntries(list.map((p) => [p.id, p]))
      }

      const [asButcher, asBrewery, asBakery] = [await loginAs(sausage), await loginAs(beer), await loginAs(bread)]
      await act(`/producer/order-parts/${butchersId}/fulfil`, {}, asButcher)
      await act(`/producer/order-parts/${brewerysId}/fulfil`, {}, asBrewery)
      let seen = await shopperSees()
      expect(seen[butchersId].status).toBe("ready_for_pickup")
      expect(seen[brewerysId].status).toBe("fulfilled")
      expect(seen[bakerysId].status).toBe("open")

      await act(`/producer/order-parts/${brewerysId}/ship`, { tracking_number: "00340434161234567890", tracking_url: "https://paket.example/00340434161234567890" }, asBrewery)
      await act(`/producer/order-parts/${butchersId}/deliver`, {}, asButcher)
      await act(`/producer/order-parts/${bakerysId}/cancel`, {}, asBakery)
      await act(`/producer/order-parts/${brewerysId}/refund`, { amount: 1 }, asBrewery)
      seen = await shopperSees()
      expect(seen[brewerysId]).toMatchObject({ status: "shipped", tracking: [{ number: "00340434161234567890", url: "https://paket.example/00340434161234567890" }], refunded_total: 1 })
      expect(seen[brewerysId].shipping_methods[0].kind).toBe("parcel")
      expect(seen[butchersId]).toMatchObject({ status: "delivered", refunded_total: 0, tracking: [] })
      expect(seen[bakerysId].status).toBe("canceled")
      expect(seen[bakerysId].refunded_total).toBeCloseTo(seen[bakerysId].charged_total, 2)
      expect(seen[bakerysId].charged_total).toBeGreaterThan(0)
      for (const part of Object.values(seen)) expect(keysOf(part).filter((key) => /commission|payout/i.test(key))).toEqual([])
    })
  },
})
