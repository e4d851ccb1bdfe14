import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedNetwork } from "../../../seed"
import { BUNDLES } from "../../../seed/data/bundles"
import { readyCart } from "./helpers/checkout"
import { loginAssociationAdmin, outcome, type Headers, type Outcome } from "./helpers/http"

const backendDir = join(__dirname, "..", "..")
// The seed uploads its pictures through Medusa's File Module: keep them out of the repository.
process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))

const isOrder = (answer: Outcome) => answer.status === 200 && answer.data?.type === "order"
const cents = (amount: number) => Math.round(amount * 100)

/**
 * Genusspakete: bundles of several producers' goods, packed and sent by one of them. Selling one
 * reserves every component's stock at its maker's location (Medusa's inventory kits), its price
 * is split among the makers by their shares in the ledger, and the makers' parts move with the
 * packer's. Then the crowds the issue names: a bundle sharing a component with the component
 * sold alone (Medusa #16502), and the last unit of two variants sharing one inventory item.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    let admin: Headers
    const brotzeit = BUNDLES[0]

    beforeAll(async () => {
      const seeded = await seedNetwork(getContainer())
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await loginAssociationAdmin(getContainer(), api)
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const ledger = () => getContainer().resolve("ledger") as any
    const inventory = () => getContainer().resolve(Modules.INVENTORY)

    /** A product's variants (by title) with their inventory items and where those are stocked. */
    async function productByHandle(handle: string) {
      const { data } = await query().graph({
        entity: "product",
        filters: { handle },
        fields: [
          "id",
          "type_id",
          "producer.id",
          "producer.handle",
          "variants.id",
          "variants.title",
          "variants.inventory_items.inventory_item_id",
          "variants.inventory_items.required_quantity",
          "variants.inventory_items.inventory.location_levels.location_id",
        ],
      })
      return data[0] as any
    }

    /** The seeded components of a bundle: variant, inventory item, location and maker. */
    async function componentsOf(bundle = brotzeit) {
      return Promise.all(
        bundle.components.map(async (component) => {
          const product = await productByHandle(component.product)
          const variant = product.variants.find((candidate: any) => candidate.title === component.variant)
          const item = variant.inventory_items[0]
          return {
            ...component,
            producer_id: product.producer.id as string,
            variant_id: variant.id as string,
            inventory_item_id: item.inventory_item_id as string,
            location_id: item.inventory.location_levels[0].location_id as string,
          }
        })
      )
    }

    const setStock = (items: { inventory_item_id: string; location_id: string }[], stocked_quantity: number) =>
      inventory().updateInventoryLevels(items.map(({ inventory_item_id, location_id }) => ({ inventory_item_id, location_id, stocked_quantity })))

    const levelOf = async (item: { inventory_item_id: string; location_id: string }) => {
      const level = await inventory().retrieveInventoryLevelByItemAndLocation(item.inventory_item_id, item.location_id)
      return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    }

    /** A login for the producer, answering its request headers. */
    async function loginAs(producerId: string) {
      const login = { email: `${producerId.toLowerCase()}@pakete.test`, password: "pakete-passwort-123" }
      await api.post(`/admin/producers/${producerId}/logins`, login, admin)
      return { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }
    }

    async function orderBundle(quantity = 1, bundle = brotzeit) {
      const product = await productByHandle(bundle.handle)
      const cartId = await readyCart(api, headers, [{ variant_id: product.variants[0].id, quantity }], "paket@example.org", { delivery: ["pickup"] })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(data.type, JSON.stringify(data)).toBe("order")
      const parts = await ledger().listOrderParts({ order_id: data.order.id }, { relations: ["entries"] })
      return { order: data.order, parts, host: product.producer.id as string, cartId }
    }

    it("seeds three Genusspakete, each an inventory kit of its makers' own stock, packed by one of them", async () => {
      expect(BUNDLES.length).toBeGreaterThanOrEqual(3)
      for (const bundle of BUNDLES) {
        const product = await productByHandle(bundle.handle)
        expect(product, bundle.handle).toBeDefined()
        const components = await componentsOf(bundle)
        const kit = product.variants[0].inventory_items
        expect(kit.map((item: any) => item.inventory_item_id).sort()).toEqual(components.map((c) => c.inventory_item_id).sort())
        for (const component of components) {
          expect(kit.find((item: any) => item.inventory_item_id === component.inventory_item_id).required_quantity).toBe(component.quantity)
        }
        expect(new Set(components.map((c) => c.producer_id)).size).toBeGreaterThanOrEqual(2)
        expect(components.map((c) => c.producer_id)).toContain(product.producer.id)
      }
    })

    it("shows a Genusspaket's makers and shares in the shop, in German and English; 404 for anything else", async () => {
      const product = await productByHandle(brotzeit.handle)
      const { data } = await api.get(`/store/products/${product.id}/bundle`, headers)
      expect(data.bundle.packed_by.id).toBe(product.producer.id)
      expect(data.bundle.components).toHaveLength(brotzeit.components.length)
      expect(data.bundle.components.reduce((sum: number, c: any) => sum + c.share, 0)).toBeCloseTo(1, 6)
      const handles = data.bundle.components.map((c: any) => c.product.handle).sort()
      expect(handles).toEqual(brotzeit.components.map((c) => c.product).sort())
      for (const component of data.bundle.components) {
        expect(component.producer.name).toMatch(/\w/)
        expect(Object.keys(component).sort()).toEqual([
          "food_information",
          "producer",
          "producer_address",
          "product",
          "quantity",
          "share",
          "variant_metadata",
          "variant_title",
        ])
        // Each food of the package with what the law asks before a distance sale, and who answers for it.
        expect(Object.keys(component.food_information).sort()).toEqual(["alcohol_percent", "allergens", "date_marking", "ingredients", "storage"])
        expect(component.food_information.storage).toMatch(/\w/)
        expect(component.producer_address.postal_code).toMatch(/^\d{5}$/)
        expect(component.variant_metadata.net_quantity).toBeGreaterThan(0)
      }
      const english = await api.get(`/store/products/${product.id}/bundle?locale=en-GB`, headers)
      expect(english.data.bundle.components.map((c: any) => c.product.title)).not.toEqual(data.bundle.components.map((c: any) => c.product.title))
      expect(english.data.bundle.components.map((c: any) => c.food_information.storage)).not.toEqual(data.bundle.components.map((c: any) => c.food_information.storage))

      const single = await productByHandle(brotzeit.components[0].product)
      expect((await outcome(api.get(`/store/products/${single.id}/bundle`, headers))).status).toBe(404)
      expect((await outcome(api.get(`/store/products/prod_nothing/bundle`, headers))).status).toBe(404)
      expect((await outcome(api.get(`/store/products/${product.id}/bundle?sort=share`, headers))).status).toBe(400)
    })

    it("selling one reserves each component at its maker's location and splits its price among the makers, to the cent", async () => {
      const components = await componentsOf()
      const before = await Promise.all(components.map(levelOf))
      const { order, parts, host } = await orderBundle(2)

      const after = await Promise.all(components.map(levelOf))
      components.forEach((component, i) => expect(after[i].reserved - before[i].reserved, component.product).toBe(2 * component.quantity))

      const makers = [...new Set(components.map((c) => c.producer_id))]
      expect(parts.map((part: any) => part.producer_id).sort()).toEqual(makers.sort())
      const line = order.items[0]
      const sales = parts.map((part: any) => part.entries.find((entry: any) => entry.kind === "sale"))
      // The makers' goods add up to what the shopper paid for the bundle, exactly.
      expect(sales.reduce((sum: number, sale: any) => sum + cents(Number(sale.goods_total)), 0)).toBe(cents(Number(line.total)))
      expect(sales.reduce((sum: number, sale: any) => sum + cents(Number(sale.goods_tax_total)), 0)).toBe(cents(Number(line.tax_total)))
      // Only the packer ships; each maker's goods follow its share.
      const shares = (await api.get(`/store/products/${line.product_id}/bundle`, headers)).data.bundle.components
      for (const part of parts) {
        const sale = part.entries[0]
        expect(cents(Number(sale.shipping_total))).toBe(part.producer_id === host ? cents(Number(order.shipping_total)) : 0)
        const share = shares.filter((c: any) => c.producer.id === part.producer_id).reduce((sum: number, c: any) => sum + c.share, 0)
        expect(Math.abs(Number(sale.goods_total) - Number(line.total) * share)).toBeLessThanOrEqual(0.01)
      }
    })

    it("shows the shopper one box, the packer's, with the whole price; the makers' parts are no parts of the shopper's", async () => {
      const { order, cartId } = await orderBundle(1)
      const packer = (await productByHandle(brotzeit.handle)).producer
      const { data: access } = await api.get(`/store/carts/${cartId}/order-access`, headers)
      const { data } = await api.get(`/store/orders/${order.id}/parts`, { headers: { ...headers.headers, "x-order-access-token": access.access_token } })
      expect(data.order_parts.map((part: any) => part.producer.handle)).toEqual([packer.handle])
      expect(data.order_parts[0].items.map((item: any) => item.title)).toEqual([order.items[0].title])
      expect(cents(data.order_parts[0].charged_total)).toBe(cents(Number(order.total)))
    })

    it("the packer packs and hands it over; each component leaves its maker's shelf, the makers' parts follow and only take refunds", async () => {
      const components = await componentsOf()
      const { order, parts, host } = await orderBundle(1)
      const before = await Promise.all(components.map(levelOf))
      const hostPart = parts.find((part: any) => part.producer_id === host)
      const makerPart = parts.find((part: any) => part.producer_id !== host)
      const asHost = await loginAs(host)
      const asMaker = await loginAs(makerPart.producer_id)

      const refused = await outcome(api.post(`/producer/order-parts/${makerPart.id}/fulfil`, {}, asMaker))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/Genusspaket/)

      // The maker sees its component and its share; the packer sees what goes into the box.
      const makerView = (await api.get(`/producer/order-parts/${makerPart.id}`, asMaker)).data.order_part
      expect(makerView.items).toEqual([])
      expect(makerView.components).toHaveLength(components.filter((c) => c.producer_id === makerPart.producer_id).length)
      const hostView = (await api.get(`/producer/order-parts/${hostPart.id}`, asHost)).data.order_part
      expect(hostView.items[0].bundle_contents).toHaveLength(components.length)

      const packed = await outcome(api.post(`/producer/order-parts/${hostPart.id}/fulfil`, {}, asHost))
      expect(packed.status, JSON.stringify(packed.data)).toBe(200)
      expect(packed.data.order_part.status).toBe("ready_for_pickup")
      const after = await Promise.all(components.map(levelOf))
      components.forEach((component, i) => {
        expect(before[i].stocked - after[i].stocked, component.product).toBe(component.quantity)
        expect(before[i].reserved - after[i].reserved, component.product).toBe(component.quantity)
      })
      const followers = await ledger().listOrderParts({ order_id: order.id })
      for (const part of followers) expect(part.status, part.producer_id).toBe("ready_for_pickup")

      await api.post(`/producer/order-parts/${hostPart.id}/deliver`, {}, asHost)
      for (const part of await ledger().listOrderParts({ order_id: order.id })) expect(part.status).toBe("delivered")

      // A maker's component was spoilt: it gives back 1 € of its own part.
      const refund = await outcome(api.post(`/producer/order-parts/${makerPart.id}/refund`, { amount: 1 }, asMaker))
      expect(refund.status, JSON.stringify(refund.data)).toBe(200)
      const entries = await ledger().listLedgerEntries({ part_id: makerPart.id })
      expect(entries.map((entry: any) => [entry.kind, Number(entry.goods_total)])).toContainEqual(["refund", -1])
    })

    it("cancelling the packer's part releases every component and gives the whole bundle back, each maker's share reversed", async () => {
      const components = await componentsOf()
      const before = await Promise.all(components.map(levelOf))
      const { order, parts, host } = await orderBundle(1)
      const hostPart = parts.find((part: any) => part.producer_id === host)
      const cancelled = await outcome(api.post(`/admin/order-parts/${hostPart.id}/cancel`, {}, admin))
      expect(cancelled.status, JSON.stringify(cancelled.data)).toBe(200)

      const after = await Promise.all(components.map(levelOf))
      components.forEach((component, i) => expect(after[i].reserved, component.product).toBe(before[i].reserved))
      const { data } = await query().graph({ entity: "order", filters: { id: order.id }, fields: ["total", "payment_collections.payments.refunds.amount"] })
      const refunded = data[0].payment_collections[0].payments[0].refunds.reduce((sum: number, r: any) => sum + Number(r.amount), 0)
      expect(cents(refunded)).toBe(cents(Number(order.total)))
      for (const part of await ledger().listOrderParts({ order_id: order.id }, { relations: ["entries"] })) {
        expect(part.status, part.producer_id).toBe("canceled")
        const left = part.entries.reduce((sum: number, entry: any) => sum + cents(Number(entry.goods_total)) + cents(Number(entry.shipping_total)), 0)
        expect(left, part.producer_id).toBe(0)
        expect(part.entries.reduce((sum: number, entry: any) => sum + cents(Number(entry.commission_total)), 0)).toBe(0)
      }
    })

    describe("the association makes a Genusspaket", () => {
      async function proposal() {
        const components = await componentsOf(BUNDLES[1])
        return {
          title: "Genusspaket Test",
          handle: `genusspaket-test-${Date.now()}`,
          price: 15.5,
          host_producer_id: components[0].producer_id,
          components: components.map((c, i) => ({ variant_id: c.variant_id, quantity: 1, share: [0.5, 0.3, 0.2][i] })),
        }
      }

      it("from other producers' variants, sellable at once", async () => {
        const body = await proposal()
        const created = await outcome(api.post("/admin/bundles", body, admin))
        expect(created.status, JSON.stringify(created.data)).toBe(201)
        expect(created.data.bundle.components.map((c: any) => c.share)).toEqual([0.5, 0.3, 0.2])
        const listed = (await api.get("/admin/bundles", admin)).data
        expect(listed.bundles.map((b: any) => b.product.handle)).toContain(body.handle)
        const shop = await outcome(api.get(`/store/products/${created.data.bundle.product.id}/bundle`, headers))
        expect(shop.status).toBe(200)
      })

      it("refuses what cannot be a Genusspaket with a clear 400, and makes nothing", async () => {
        const body = await proposal()
        const wine = await productByHandle("bockbier-brauerei-kellerhals")
        const cases: [string, object, RegExp][] = [
          ["shares not adding up", { ...body, components: body.components.map((c) => ({ ...c, share: 0.2 })) }, /add up to 1/],
          ["one maker only", { ...body, components: body.components.slice(0, 1) }, /components|at least/i],
          ["a variant twice", { ...body, components: [body.components[0], { ...body.components[0] }, body.components[1]] }, /once/],
          ["an unknown variant", { ...body, components: [{ ...body.components[0], variant_id: "variant_missing" }, ...body.components.slice(1)] }, /not found|No product variant/i],
          ["a packer who makes nothing of it", { ...body, host_producer_id: wine.producer.id }, /packs/],
          ["mixed VAT rates", { ...body, components: [...body.components.slice(0, 2).map((c) => ({ ...c, share: 0.4 })), { variant_id: wine.variants[0].id, quantity: 1, share: 0.2 }] }, /VAT/],
          ["an unknown field", { ...body, discount: 5 }, /discount|unrecognized/i],
          ["a bad handle", { ...body, handle: "Groß Paket" }, /handle|lowercase/i],
          ["half cents", { ...body, price: 10.005 }, /cents/],
        ]
        for (const [what, input, message] of cases) {
          const answer = await outcome(api.post("/admin/bundles", input, admin))
          expect(answer.status, what).toBe(400)
          expect(answer.data.message, what).toMatch(message)
        }
        const { data } = await query().graph({ entity: "product", fields: ["id"], filters: { handle: body.handle } })
        expect(data).toHaveLength(0)
        expect((await outcome(api.post("/admin/bundles", { ...body, handle: brotzeit.handle }, admin))).status).toBeGreaterThanOrEqual(400)
        expect((await outcome(api.post("/admin/bundles", body, headers))).status).toBe(401)
      })
    })

    describe("crowds", () => {
      /** Completes every cart at once; answers the orders and checks every refusal is a clear 4xx. */
      async function crowd(carts: string[]) {
        const answers = await Promise.all(carts.map((cartId) => outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))))
        for (const answer of answers.filter((answer) => !isOrder(answer))) {
          expect(answer.status, JSON.stringify(answer.data)).toBeGreaterThanOrEqual(400)
          expect(answer.status, JSON.stringify(answer.data)).toBeLessThan(500)
          expect(answer.data?.message).toMatch(/\w/)
        }
        expect((await outcome(api.get("/health/ready", { timeout: 5_000 }))).status).toBe(200)
        return answers.filter(isOrder)
      }
      async function cartsFor(lines: { variant_id: string; quantity: number }[][]) {
        const carts: string[] = []
        for (let i = 0; i < lines.length; i += 25) {
          carts.push(...(await Promise.all(lines.slice(i, i + 25).map((line, j) => readyCart(api, headers, line, `menge-${i + j}@example.org`, { delivery: ["pickup"] })))))
        }
        return carts
      }

      it("200 shoppers for a Genusspaket and its shared component of stock 10: 10 orders, the component never oversold (Medusa #16502)", async () => {
        const [shared, ...others] = await componentsOf()
        await setStock([shared], 10)
        await setStock(others, 1000)
        const bundle = await productByHandle(brotzeit.handle)
        const lines = Array.from({ length: 200 }, (_, i) => [{ variant_id: i % 2 ? bundle.variants[0].id : shared.variant_id, quantity: 1 }])
        const orders = await crowd(await cartsFor(lines))
        expect(orders.length).toBe(10)
        const level = await levelOf(shared)
        expect(level.reserved).toBe(10)
        expect(level.reserved).toBeLessThanOrEqual(level.stocked)
        expect(await inventory().listReservationItems({ inventory_item_id: shared.inventory_item_id })).toHaveLength(10)
      }, 600_000)

      it("the last unit of two variants sharing one inventory item goes to exactly one of 50 shoppers", async () => {
        const [bread] = await componentsOf()
        const product = await productByHandle(bread.product)
        const { result } = await createProductsWorkflow(getContainer()).run({
          input: {
            products: [
              {
                title: "Bauernbrot zum Teilen",
                handle: `bauernbrot-geteilt-${Date.now()}`,
                status: "published",
                type_id: product.type_id,
                shipping_profile_id: (await query().graph({ entity: "producer", filters: { id: bread.producer_id }, fields: ["shipping_profile.id"] })).data[0].shipping_profile.id,
                options: [{ title: "Schnitt", values: ["ganz", "geschnitten"] }],
                variants: ["ganz", "geschnitten"].map((cut) => ({
                  title: cut,
                  manage_inventory: true,
                  inventory_items: [{ inventory_item_id: bread.inventory_item_id, required_quantity: 1 }],
                  options: { Schnitt: cut },
                  prices: [{ amount: 5.2, currency_code: "eur" }],
                })),
                sales_channels: [{ id: (await query().graph({ entity: "sales_channel", fields: ["id"] })).data[0].id }],
              },
            ],
            additional_data: { producer_id: bread.producer_id },
          },
        })
        await setStock([bread], 1)
        const variants = result[0].variants.map((variant: any) => variant.id)
        const orders = await crowd(await cartsFor(Array.from({ length: 50 }, (_, i) => [{ variant_id: variants[i % 2], quantity: 1 }])))
        expect(orders.length).toBe(1)
        const level = await levelOf(bread)
        expect(level.reserved).toBe(1)
        expect(level.stocked).toBe(1)
      }, 600_000)
    })
  },
})
