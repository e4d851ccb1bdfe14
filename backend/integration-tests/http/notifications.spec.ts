import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { OrderPartEvents, type OrderPartEventData } from "../../../plugins/marketplace/src/order-part-events"
import type LedgerModuleService from "../../../plugins/marketplace/src/modules/ledger/service"
import type ProducerModuleService from "../../../plugins/producers/src/modules/producer/service"
import { seedNetwork } from "../../../seed"
import { CHILLED_CATEGORIES } from "../../../seed/fulfilment"
import { planProducts, type PlannedProduct } from "../../../seed/plan"
import { readyCart } from "./helpers/checkout"
import { readMails, type ParsedMail } from "./helpers/eml"
import { eventually, outcome, type Headers } from "./helpers/http"

const backendDir = join(__dirname, "..", "..")
process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))
// Read when the app boots: the mail folder provider writes here, and the links point here.
const mailDir = mkdtempSync(join(tmpdir(), "genussnetz-mails-"))
process.env.MAIL_DIR = mailDir
const STOREFRONT = "https://shop.genussnetz.test"
process.env.STOREFRONT_URL = STOREFRONT

/**
 * Order mails through Medusa's Notification Module and the marketplace's mail folder: the
 * shopper's confirmation of an order from several producers, each producer's mail of its own
 * part, the shopper's mail when a part changes — as the .eml files a mail program would open.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    const plan = planProducts().filter((p) => !p.soldOut)
    const chilled = (p: PlannedProduct) => CHILLED_CATEGORIES.has(p.template.category)
    const sausage = plan.find((p) => p.producer.craft === "butchery" && chilled(p))!
    const bread = plan.find((p) => p.producer.craft === "bakery" && !chilled(p))!
    const beer = plan.find((p) => p.producer.craft === "brewery" && !chilled(p))!

    beforeAll(async () => {
      const seeded = await seedNetwork(getContainer())
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const variantOf = async (handle: string) =>
      (await query().graph({ entity: "product", fields: ["variants.id"], filters: { handle } })).data[0].variants[0].id as string
    const producerOf = async (handle: string) =>
      (await query().graph({ entity: "producer", fields: ["id", "name", "email"], filters: { handle } })).data[0] as { id: string; name: string; email: string | null }

    /** Places an order of these products as `email`; answers the order (its id, display id). */
    async function placeOrder(products: PlannedProduct[], email: string, options: { locale?: string; delivery?: string[] } = {}) {
      const lines = await Promise.all(products.map(async (p) => ({ variant_id: await variantOf(p.handle), quantity: 2 })))
      const cartId = await readyCart(api, headers, lines, email, options)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(data.type).toBe("order")
      return data.order as { id: string; display_id: number }
    }

    // The folder outlives the database restores between tests: each test reads the mails that came after its start.
    const filesNow = () => new Set(readdirSync(mailDir))
    const mailsSince = (before: Set<string>) => readMails(mailDir).filter((mail) => !before.has(mail.file))
    /** Waits until `count` new mails are there, then a moment more, and answers all new ones (to see none came twice). */
    async function awaitMails(before: Set<string>, count: number) {
      await eventually(async () => mailsSince(before), (mails) => mails.length >= count)
      await new Promise((resolve) => setTimeout(resolve, 1500))
      return mailsSince(before)
    }
    const to = (mails: ParsedMail[], address: string) => mails.filter((mail) => mail.headers.to === address)
    const ledger = () => getContainer().resolve<LedgerModuleService>("ledger")
    const emit = (name: string, data: object) => getContainer().resolve(Modules.EVENT_BUS).emit({ name, data })

    it("confirms an order of three producers in one German mail to the shopper, and sends each producer with an e-mail its own part only", async () => {
      const [butcher, bakery, brewery] = await Promise.all([sausage, bread, beer].map((p) => producerOf(p.producer.handle)))
      // A producer without an e-mail address gets no mail.
      await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers({ id: brewery.id, email: null })
      const before = filesNow()
      const order = await placeOrder([sausage, bread, beer], "three@example.org")
      const mails = await awaitMails(before, 3)
      expect(mails.map((mail) => mail.headers.to).sort()).toEqual([bakery.email, butcher.email, "three@example.org"].sort())

      const [confirmation] = to(mails, "three@example.org")
      expect(confirmation.headers.subject).toBe(`Ihre Bestellbestätigung Nr. ${order.display_id} – genussnetz`)
      expect(confirmation.headers.from).toMatch(/<bestellung@genussnetz\.local>$/)
      expect(confirmation.headers["message-id"]).toMatch(/^<.+@genussnetz\.local>$/)
      expect(new Date(confirmation.headers.date).getTime()).toBeGreaterThan(Date.now() - 120_000)
      for (const [product, producer] of [[sausage, butcher], [bread, bakery], [beer, brewery]] as const) {
        expect(confirmation.text).toContain(producer.name)
        expect(confirmation.text).toContain(`2 × ${product.template.title.de}`)
        expect(confirmation.html).toContain(product.template.title.de.replace(/&/g, "&amp;"))
      }
      // The order link carries the order's access token: it opens the order in the Store API, the bare id does not.
      const link = new RegExp(`${STOREFRONT}/bestellung/${order.id}\\?token=([\\w-]+)`).exec(confirmation.text)
      expect(link).not.toBeNull()
      expect(confirmation.html).toContain(`href="${STOREFRONT}/bestellung/${order.id}?token=${link![1]}"`)
      const read = (token?: string) => outcome(api.get(`/store/orders/${order.id}`, { headers: { ...headers.headers, ...(token ? { "x-order-access-token": token } : {}) } }))
      expect((await read(link![1])).status).toBe(200)
      expect((await read()).status).toBe(404)
      expect((await read(link![1].slice(1))).status).toBe(404)
      expect(confirmation.text).toMatch(/Gesamtsumme \(inkl\. MwSt\.\): \d+,\d\d\u00a0€/)

      for (const [own, others, producer] of [[sausage, [bread, beer], butcher], [bread, [sausage, beer], bakery]] as const) {
        const [mail] = to(mails, producer.email!)
        expect(mail.headers.subject).toBe(`Neue Bestellung Nr. ${order.display_id} bei genussnetz – 2 Artikel`)
        expect(mail.text).toContain(own.template.title.de)
        for (const other of others) expect(mail.text + mail.html).not.toContain(other.template.title.de)
        // A producer never gets the key to the whole order.
        expect(mail.text + mail.html).not.toContain(link![1])
      }
    })

    it("writes to a shopper who ordered in English in English", async () => {
      const before = filesNow()
      const order = await placeOrder([bread, beer], "english@example.org", { locale: "en-GB" })
      const [confirmation] = to(await awaitMails(before, 3), "english@example.org")
      expect(confirmation.headers.subject).toBe(`Your order confirmation no. ${order.display_id} – genussnetz`)
      expect(confirmation.text).toContain(`${STOREFRONT}/en/order/${order.id}?token=`)
      expect(confirmation.text).toContain("Total (incl. VAT)")
      // Medusa translated the cart's lines when the cart took the English locale.
      expect(confirmation.text).toContain(bread.template.title.en)
      expect(confirmation.html).toContain('<html lang="en">')
    })

    it("sends no second mail when order.placed is delivered again, nor when a part event is", async () => {
      const before = filesNow()
      const order = await placeOrder([sausage], "twice@example.org", { delivery: ["pickup"] })
      expect(to(await awaitMails(before, 2), "twice@example.org")).toHaveLength(1)

      const [part] = await ledger().listOrderParts({ order_id: order.id })
      const event: OrderPartEventData = { id: part.id, order_id: order.id, producer_id: part.producer_id }
      await emit("order.placed", { id: order.id })
      await emit(OrderPartEvents.FULFILLED, event)
      await emit(OrderPartEvents.FULFILLED, event)
      const mails = await awaitMails(before, 3)
      expect(mails).toHaveLength(3)
      expect(to(mails, "twice@example.org").map((mail) => mail.headers.subject).sort()).toEqual([
        `Bestellung Nr. ${order.display_id}: ${(await producerOf(sausage.producer.handle)).name} hat Ihre Ware gepackt`,
        `Ihre Bestellbestätigung Nr. ${order.display_id} – genussnetz`,
      ])
      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: [order.id, part.id] })
      expect(notifications).toHaveLength(3)
    })

    it("tells the shopper when a part is ready for pickup: the producer, its pickup hours", async () => {
      const butcher = await producerOf(sausage.producer.handle)
      const placed = filesNow()
      const order = await placeOrder([sausage, bread], "pickup@example.org", { delivery: ["pickup"] })
      await awaitMails(placed, 3)
      const [part] = await ledger().listOrderParts({ order_id: order.id, producer_id: butcher.id })
      const { data: [method] } = await query().graph({ entity: "order", fields: ["shipping_methods.shipping_option_id"], filters: { id: order.id } })
      const { data: options } = await query().graph({
        entity: "shipping_option",
        fields: ["id", "data", "type.code"],
        filters: { id: (method as any).shipping_methods.map((m: any) => m.shipping_option_id) },
      })
      const pickupHours = options.find((o: any) => o.type.code === "pickup" && o.data?.pickup_hours)!.data!.pickup_hours as { day: number; opens: string; closes: string }[]
      expect(pickupHours.length).toBeGreaterThan(0)

      const before = filesNow()
      await emit(OrderPartEvents.READY_FOR_PICKUP, { id: part.id, order_id: order.id, producer_id: butcher.id } satisfies OrderPartEventData)
      const mails = await awaitMails(before, 1)
      expect(mails).toHaveLength(1)
      const [mail] = mails
      expect(mail.headers.to).toBe("pickup@example.org")
      expect(mail.headers.subject).toBe(`Bestellung Nr. ${order.display_id}: Ihre Ware von ${butcher.name} liegt zur Abholung bereit`)
      expect(mail.text).toContain("Abholzeiten")
      for (const hours of pickupHours) expect(mail.text).toContain(`${hours.opens}–${hours.closes}`)
      expect(mail.text).toContain(sausage.template.title.de)
      expect(mail.text).not.toContain(bread.template.title.de)
    })

    it("escapes a product title with markup in the HTML part", async () => {
      const { data: [product] } = await query().graph({ entity: "product", fields: ["id"], filters: { handle: beer.handle } })
      const title = `Rauchbier <script>alert("genussnetz")</script>`
      await getContainer().resolve(Modules.PRODUCT).updateProducts(product.id, { title })
      const before = filesNow()
      await placeOrder([beer], "markup@example.org")
      const [confirmation] = to(await awaitMails(before, 2), "markup@example.org")
      expect(confirmation.text).toContain(title)
      expect(confirmation.html).not.toContain("<script")
      expect(confirmation.html).toContain("Rauchbier &lt;script&gt;alert(&quot;genussnetz&quot;)&lt;/script&gt;")
    })
  },
})
