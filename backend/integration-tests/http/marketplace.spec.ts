import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedNetwork } from "../../../seed"
import { syncMarketPickupsWorkflow } from "@genussnetz/marketplace/workflows"
import { BUNDLES } from "../../../seed/data/bundles"
import { MARKETS } from "../../../seed/data/events"
import { TOWNS } from "../../../seed/data/towns"
import { seedOffer } from "../../../seed/fulfilment"
import { readyCart, SHOPPER_ADDRESS, shippingChoices } from "./helpers/checkout"
import { isChilledPlanned, threeProducersGoods } from "./helpers/seeded-goods"
import { eventually, loginAssociationAdmin, outcome, type Headers } from "./helpers/http"

const backendDir = join(__dirname, "..", "..")
// The seed uploads its pictures through Medusa's File Module: keep them out of the repository.
process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))

/**
 * The marketplace through Medusa's documented Store API. Delivery per producer: every producer is a shipping
 * profile of its own with its ways (pickup, local delivery, parcel) as shipping options, and the
 * options' rules decide what a cart may use — chilled goods never by parcel, local delivery only
 * inside the producer's area and from its minimum order. Then the order: split into one part
 * per producer with frozen money lines (goods, shipping, VAT, commission, payout), and the
 * payout statements read from them.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    let regionId: string
    // A butcher's chilled sausage, a bakery's bread, a brewery's beer: three producers, three profiles.
    const { plan, sausage, bread, beer } = threeProducersGoods()

    let admin: Headers
    // Medusa's test runner restores the database to what these hooks left before every test:
    // whatever a test needs beyond them (orders, logins, accounts), it makes itself.
    beforeAll(async () => {
      const seeded = await seedNetwork(getContainer())
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      regionId = (await api.get("/store/regions", headers)).data.regions[0].id
      admin = await loginAssociationAdmin(getContainer(), api)
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function variantOf(handle: string) {
      const { data } = await query().graph({ entity: "product", fields: ["variants.id", "variants.calculated_price"], filters: { handle } })
      return data[0].variants[0].id as string
    }

    /** The producer's shipping profile and its options by way of delivery, read from the database. */
    async function producerShipping(handle: string) {
      const { data } = await query().graph({
        entity: "producer",
        fields: ["shipping_profile.id", "stock_location.id"],
        filters: { handle },
      })
      const profileId = data[0].shipping_profile.id as string
      const { data: options } = await query().graph({
        entity: "shipping_option",
        fields: ["id", "type.code", "data"],
        filters: { shipping_profile_id: profileId },
      })
      return {
        profileId,
        locationId: data[0].stock_location.id as string,
        // By way: a weekly market's pickup ("market_pickup") is not the producer's own.
        option: Object.fromEntries(options.map((o: any) => [o.data?.kind ?? o.type.code, o.id as string])) as Record<"pickup" | "delivery" | "parcel", string | undefined>,
      }
    }

    async function cartWith(lines: { handle: string; quantity: number }[], postalCode = SHOPPER_ADDRESS.postal_code, city = SHOPPER_ADDRESS.city) {
      const { data } = await api.post("/store/carts", { region_id: regionId }, headers)
      const cartId = data.cart.id as string
      for (const line of lines) await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(line.handle), quantity: line.quantity }, headers)
      const address = { ...SHOPPER_ADDRESS, postal_code: postalCode, city }
      await api.post(`/store/carts/${cartId}`, { email: "erika@example.org", shipping_address: address, billing_address: address }, headers)
      return cartId
    }

    const listOptions = async (cartId: string) =>
      (await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)).data.shipping_options as any[]
    const shippingMethodsOf = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}?fields=id,*shipping_methods`, headers)).data.cart.shipping_methods as any[]

    it("gives every producer its own stock location and shipping profile, and stocks and ships its products there", async () => {
      const { data: producers } = await query().graph({
        entity: "producer",
        fields: ["handle", "stock_location.id", "shipping_profile.id", "products.handle", "products.shipping_profile.id", "products.variants.inventory_items.inventory.location_levels.location_id"],
      })
      // A Genusspaket ships with its packer's profile but holds its makers' stock (bundles.spec.ts).
      const bundles = new Set(BUNDLES.map((bundle) => bundle.handle))
      const selling = producers.filter((p: any) => p.products?.length)
      expect(selling.length).toBeGreaterThan(30)
      expect(new Set(producers.map((p: any) => p.shipping_profile?.id)).size).toBe(producers.length)
      expect(new Set(producers.map((p: any) => p.stock_location?.id)).size).toBe(producers.length)
      for (const producer of selling) {
        for (const product of producer.products) {
          expect(product.shipping_profile.id, producer.handle).toBe(producer.shipping_profile.id)
          if (bundles.has(product.handle)) continue
          const locations = product.variants.flatMap((v: any) => v.inventory_items.flatMap((i: any) => i.inventory.location_levels.map((l: any) => l.location_id)))
          expect(new Set(locations), producer.handle).toEqual(new Set([producer.stock_location.id]))
        }
      }
    })

    it("lists, per producer in the cart, the ways it offers — and no other producer's", async () => {
      const cartId = await cartWith([{ handle: sausage.handle, quantity: 2 }, { handle: bread.handle, quantity: 1 }, { handle: beer.handle, quantity: 1 }])
      const options = await listOptions(cartId)
      const [butcher, bakery, brewery] = await Promise.all([sausage, bread, beer].map((p) => producerShipping(p.producer.handle)))
      expect(new Set(options.map((o) => o.shipping_profile_id))).toEqual(new Set([butcher.profileId, bakery.profileId, brewery.profileId]))
      const codesOf = (profileId: string) => options.filter((o) => o.shipping_profile_id === profileId).map((o) => o.type.code).sort()
      // Chilled sausage: no parcel. The bread's bakery delivers to Bamberg only if Bamberg is in its area.
      expect(codesOf(butcher.profileId)).not.toContain("parcel")
      expect(codesOf(butcher.profileId)).toContain("pickup")
      expect(codesOf(bakery.profileId)).toContain("parcel")
      expect(codesOf(brewery.profileId)).toContain("parcel")
      const pickup = options.find((o) => o.shipping_profile_id === butcher.profileId && o.type.code === "pickup")
      expect(Number(pickup.amount)).toBe(0)
      expect(pickup.data.pickup_hours.length).toBeGreaterThan(0)
      expect(pickup.service_zone.fulfillment_set.type).toBe("pickup")
    })

    it("completes one order with a shipping method per producer; without one of them the cart is refused", async () => {
      const cartId = await cartWith([{ handle: sausage.handle, quantity: 1 }, { handle: bread.handle, quantity: 1 }, { handle: beer.handle, quantity: 2 }])
      const choices = shippingChoices(await listOptions(cartId))
      expect(choices).toHaveLength(3)
      for (const optionId of choices.slice(0, 2)) await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, headers)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
      const refused = await outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      expect(refused.data?.type === "cart" ? refused.data.error?.message : refused.data?.message).toMatch(/shipping profiles/)

      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: choices[2] }, headers)
      // The total changed, so Medusa dropped the payment session: the documented flow makes a new one.
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(completed.type).toBe("order")
      const order = completed.order
      expect(order.shipping_methods).toHaveLength(3)
      const shipping = order.shipping_methods.reduce((sum: number, m: any) => sum + Number(m.amount), 0)
      expect(Number(order.total)).toBeCloseTo(Number(order.item_total) + shipping, 6)
      // Each producer's goods are reserved at its own stock location.
      const { data: reservations } = await query().graph({ entity: "reservation", fields: ["location_id", "line_item_id"], filters: { line_item_id: order.items.map((i: any) => i.id) } })
      const butcher = await producerShipping(sausage.producer.handle)
      const sausageLine = order.items.find((i: any) => i.product_handle === sausage.handle)
      expect(reservations.find((r: any) => r.line_item_id === sausageLine.id)?.location_id).toBe(butcher.locationId)
    })

    it("without STRIPE_API_KEY offers the system provider only, and Stripe's webhook route answers 404 with why", async () => {
      const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, headers)
      expect(data.payment_providers.map((p: { id: string }) => p.id)).toEqual(["pp_system_default"])
      const hook = await outcome(api.post("/hooks/payment/stripe_stripe", { type: "payment_intent.succeeded" }, { headers: { "stripe-signature": "t=1,v1=x" } }))
      expect(hook.status).toBe(404)
      expect(hook.data?.message).toMatch(/STRIPE_API_KEY/)
    })

    it("refuses chilled goods by parcel with a clear message, and leaves the cart as it was", async () => {
      const cartId = await cartWith([{ handle: sausage.handle, quantity: 1 }])
      const butcher = await producerShipping(sausage.producer.handle)
      expect(butcher.option.parcel).toBeDefined()
      const refused = await outcome(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: butcher.option.parcel }, headers))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/Chilled goods of .+ cannot be sent by parcel/)
      expect(await shippingMethodsOf(cartId)).toHaveLength(0)
    })

    it("offers local delivery only inside the producer's area and from its minimum order, and says why not", async () => {
      const offer = seedOffer(bread.producer).delivery!
      const bakery = await producerShipping(bread.producer.handle)
      const home = TOWNS[bread.producer.town]
      const far = Object.values(TOWNS).find((town) => !offer.postal_codes.includes(town.postal_code))!
      // Enough bread for the minimum order, delivered at home: offered, and it can be chosen.
      const breadPrice = Number((await query().graph({ entity: "product", fields: ["variants.prices.amount"], filters: { handle: bread.handle } })).data[0].variants[0].prices[0].amount)
      const enough = Math.ceil(offer.minimum_order / breadPrice)
      const inside = await cartWith([{ handle: bread.handle, quantity: enough }], home.postal_code, home.name)
      expect((await listOptions(inside)).map((o) => o.type.code)).toContain("delivery")
      await api.post(`/store/carts/${inside}/shipping-methods`, { option_id: bakery.option.delivery }, headers)
      expect((await shippingMethodsOf(inside)).map((m) => m.shipping_option_id)).toEqual([bakery.option.delivery])

      // Outside the area: not listed, refused with the reason.
      const outside = await cartWith([{ handle: bread.handle, quantity: enough }], far.postal_code, far.name)
      expect((await listOptions(outside)).map((o) => o.type.code)).not.toContain("delivery")
      const refusedOutside = await outcome(api.post(`/store/carts/${outside}/shipping-methods`, { option_id: bakery.option.delivery }, headers))
      expect(refusedOutside.status).toBe(400)
      expect(refusedOutside.data.message).toContain(`the postal code ${far.postal_code} is outside it`)

      // Below the minimum order: not listed, refused with the minimum.
      if (breadPrice < offer.minimum_order) {
        const small = await cartWith([{ handle: bread.handle, quantity: 1 }], home.postal_code, home.name)
        expect((await listOptions(small)).map((o) => o.type.code)).not.toContain("delivery")
        const refusedSmall = await outcome(api.post(`/store/carts/${small}/shipping-methods`, { option_id: bakery.option.delivery }, headers))
        expect(refusedSmall.status).toBe(400)
        expect(refusedSmall.data.message).toContain(`starts at an order of ${offer.minimum_order.toFixed(2)} EUR`)
      }

      // Moving the address out of the area drops the delivery method; completing then asks for one.
      const moved = { ...SHOPPER_ADDRESS, postal_code: far.postal_code, city: far.name }
      await api.post(`/store/carts/${inside}`, { shipping_address: moved }, headers)
      expect(await shippingMethodsOf(inside)).toHaveLength(0)
    })

    it("drops a parcel method when the producer's part of the cart turns chilled", async () => {
      // Two ambient products of one producer; the second is then marked chilled by the association.
      const producerHandle = plan.find((p) => !isChilledPlanned(p) && seedOffer(p.producer).parcel && plan.filter((q) => q.producer.handle === p.producer.handle && !isChilledPlanned(q)).length >= 2)!.producer.handle
      const [first, second] = plan.filter((p) => p.producer.handle === producerHandle && !isChilledPlanned(p))
      const shipping = await producerShipping(producerHandle)
      const cartId = await cartWith([{ handle: first.handle, quantity: 1 }])
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shipping.option.parcel }, headers)
      expect(await shippingMethodsOf(cartId)).toHaveLength(1)

      const { data: [product] } = await query().graph({ entity: "product", fields: ["id", "metadata"], filters: { handle: second.handle } })
      await getContainer().resolve(Modules.PRODUCT).updateProducts(product.id, { metadata: { ...(product.metadata ?? {}), chilled: true } })
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(second.handle), quantity: 1 }, headers)
      expect(await shippingMethodsOf(cartId)).toHaveLength(0)
      expect((await listOptions(cartId)).map((o) => o.type.code)).not.toContain("parcel")
    })

    describe("weekly markets as pickup points", () => {
      const producerId = async (handle: string) =>
        (await query().graph({ entity: "producer", fields: ["id"], filters: { handle } })).data[0].id as string
      const marketPickups = (options: any[]) => options.filter((o) => o.data?.kind === "market_pickup")
      /** A Friday evening market of the association's, in Bamberg, with these producers standing at it. */
      const fridayMarket = (producerIds: string[], changes: Record<string, unknown> = {}) => ({
        kind: "market",
        status: "published",
        title: { de: "Feierabendmarkt am Testplatz", en: "After-work market at Testplatz" },
        description: { de: "Jeden Freitagabend.", en: "Every Friday evening." },
        starts: "2027-01-08T15:00",
        ends: "2027-01-08T18:30",
        rrule: "FREQ=WEEKLY;BYDAY=FR",
        place: { name: "Testplatz", street: "Kapuzinerstraße 5", postal_code: "96047", town: "Bamberg", latitude: 49.8905, longitude: 10.8855 },
        organiser: "Genussregion (Test)",
        producer_ids: producerIds,
        ...changes,
      })

      it("gives the seeded weekly markets' producers a pickup there, and monthly markets none", async () => {
        const { data: options } = await query().graph({ entity: "shipping_option", fields: ["data", "shipping_profile_id", "type.code", "name"] })
        const { data: producers } = await query().graph({ entity: "producer", fields: ["id", "handle", "shipping_profile.id"] })
        const handleOfProfile = new Map(producers.map((p: any) => [p.shipping_profile?.id, p.handle]))
        const pairs = marketPickups(options).map((o: any) => `${o.data.market.handle} ${handleOfProfile.get(o.shipping_profile_id)}`)
        // Independently of the sync: the seed's own list of markets, weekly ones only.
        const { data: events } = await query().graph({ entity: "content_event", fields: ["id", "handle", "title"], filters: { kind: "market" } })
        const handleOf = new Map(MARKETS.map((market) => [market.title.de, events.find((event: any) => event.title === market.title.de)!.handle]))
        const expected = MARKETS.filter((market) => !market.monthly).flatMap((market) => market.producers.map((producer) => `${handleOf.get(market.title.de)} ${producer}`))
        expect(expected.length).toBeGreaterThan(0)
        expect(pairs.sort()).toEqual(expected.sort())
        for (const option of marketPickups(options)) {
          expect(option.type.code).toBe("pickup")
          expect(option.name).toBe(`Abholung am Markt: ${option.data.market.title}`)
        }
        // A second run finds nothing to do.
        const { result } = await syncMarketPickupsWorkflow(getContainer()).run({ input: {} })
        expect(result).toEqual({ created: 0, updated: 0, deleted: 0 })
      })

      it("offers a market the association publishes as a pickup for its producers' goods, at the market's place and hours, through to the order", async () => {
        const butcher = await producerId(sausage.producer.handle)
        const { data: created } = await api.post("/admin/events", fridayMarket([butcher]), admin)
        const marketHandle = created.event.handle as string
        const cartId = await cartWith([{ handle: sausage.handle, quantity: 1 }, { handle: beer.handle, quantity: 1 }])
        const butcherProfile = (await producerShipping(sausage.producer.handle)).profileId
        // The calendar tells the marketplace by an event; its subscriber makes the option.
        const options = await eventually(
          () => listOptions(cartId),
          (listed) => marketPickups(listed).some((o) => o.data.market.handle === marketHandle)
        )
        const offered = marketPickups(options).filter((o) => o.data.market.handle === marketHandle)
        expect(offered).toHaveLength(1)
        const [pickup] = offered
        expect(pickup.shipping_profile_id).toBe(butcherProfile)
        expect(Number(pickup.amount)).toBe(0)
        expect(pickup.name).toBe("Abholung am Markt: Feierabendmarkt am Testplatz")
        expect(pickup.data).toMatchObject({
          market: { handle: marketHandle, title: "Feierabendmarkt am Testplatz", title_en: "After-work market at Testplatz" },
          pickup_hours: [{ day: 5, opens: "15:00", closes: "18:30" }],
          pickup_address: { place_name: "Testplatz", address_1: "Kapuzinerstraße 5", postal_code: "96047", city: "Bamberg" },
        })

        // The butcher's goods picked up at this market, the brewery's by its own first way.
        const brewery = (await producerShipping(beer.producer.handle)).profileId
        const breweryWay = options.find((o) => o.shipping_profile_id === brewery && o.data?.kind !== "market_pickup")
        for (const option_id of [pickup.id, breweryWay.id]) await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id }, headers)
        expect((await shippingMethodsOf(cartId)).map((method: any) => method.name).sort()).toEqual([breweryWay.name, pickup.name].sort())
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(completed.type).toBe("order")
        const { data: access } = await api.get(`/store/carts/${cartId}/order-access`, headers)
        const { data: own } = await api.get(`/store/orders/${completed.order.id}/parts`, { headers: { ...headers.headers, "x-order-access-token": access.access_token } })
        const butchers = own.order_parts.find((part: any) => part.producer?.handle === sausage.producer.handle)
        expect(butchers.shipping_methods[0]).toMatchObject({
          kind: "pickup",
          pickup_hours: [{ day: 5, opens: "15:00", closes: "18:30" }],
          pickup_address: { address_1: "Kapuzinerstraße 5", postal_code: "96047", city: "Bamberg" },
        })
      })

      it("takes the pickup away when the market is cancelled or the producer no longer stands there, and makes none for a monthly market", async () => {
        const [butcher, brewery] = await Promise.all([producerId(sausage.producer.handle), producerId(beer.producer.handle)])
        const { data: created } = await api.post("/admin/events", fridayMarket([butcher, brewery]), admin)
        const { data: monthly } = await api.post(
          "/admin/events",
          fridayMarket([butcher], { title: { de: "Monatsmarkt am Testplatz" }, starts: "2027-01-01T15:00", ends: "2027-01-01T18:30", rrule: "FREQ=MONTHLY;BYDAY=1FR" }),
          admin
        )
        const cartId = await cartWith([{ handle: sausage.handle, quantity: 1 }, { handle: beer.handle, quantity: 1 }])
        const ofMarket = (listed: any[], handle: string) => marketPickups(listed).filter((o) => o.data.market.handle === handle)
        expect(ofMarket(await eventually(() => listOptions(cartId), (listed) => ofMarket(listed, created.event.handle).length === 2), created.event.handle)).toHaveLength(2)
        // Whatever the subscriber has done by now, a full run leaves the calendar's state.
        await syncMarketPickupsWorkflow(getContainer()).run({ input: {} })
        expect(ofMarket(await listOptions(cartId), monthly.event.handle)).toEqual([])

        await api.post(`/admin/events/${created.event.id}`, { producer_ids: [butcher] }, admin)
        const brewersLeft = await eventually(() => listOptions(cartId), (listed) => ofMarket(listed, created.event.handle).length === 1)
        expect(ofMarket(brewersLeft, created.event.handle).map((o) => o.shipping_profile_id)).toEqual([(await producerShipping(sausage.producer.handle)).profileId])

        await api.post(`/admin/events/${created.event.id}`, { status: "cancelled", cancellation_note: "Der Platz wird umgebaut." }, admin)
        expect(ofMarket(await eventually(() => listOptions(cartId), (listed) => ofMarket(listed, created.event.handle).length === 0), created.event.handle)).toEqual([])
        // The producers' own ways are untouched.
        const butcherProfile = (await producerShipping(sausage.producer.handle)).profileId
        expect((await listOptions(cartId)).some((o) => o.data?.kind === "pickup" && o.shipping_profile_id === butcherProfile)).toBe(true)
      })
    })

    describe("order parts and the ledger", () => {
      const today = new Date().toISOString().slice(0, 10)
      const ledger = () => getContainer().resolve("ledger") as any

      async function order(lines: { handle: string; quantity: number }[]) {
        const cartId = await readyCart(api, headers, await Promise.all(lines.map(async (line) => ({ variant_id: await variantOf(line.handle), quantity: line.quantity }))))
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(data.type).toBe("order")
        return { cartId, order: data.order }
      }

      async function producerIdOf(handle: string) {
        return (await query().graph({ entity: "producer", fields: ["id"], filters: { handle } })).data[0].id as string
      }

      it("splits an order into one part per producer, each with its goods, shipping, VAT, 12 % commission and payout", async () => {
        const { order: placed } = await order([{ handle: sausage.handle, quantity: 2 }, { handle: bread.handle, quantity: 1 }, { handle: beer.handle, quantity: 3 }])
        const parts = await ledger().listOrderParts({ order_id: placed.id }, { relations: ["entries"] })
        expect(parts).toHaveLength(3)
        let sum = 0
        for (const planned of [sausage, bread, beer]) {
          const producerId = await producerIdOf(planned.producer.handle)
          const part = parts.find((p: any) => p.producer_id === producerId)
          expect(part, planned.producer.handle).toBeDefined()
          expect(part.entries).toHaveLength(1)
          const [sale] = part.entries
          const line = placed.items.find((item: any) => item.product_handle === planned.handle)
          const method = placed.shipping_methods.find((m: any) => m.shipping_option_id && shippingOfProducer.get(planned.producer.handle)?.has(m.shipping_option_id))
          expect(sale.kind).toBe("sale")
          expect(Number(sale.goods_total)).toBeCloseTo(Number(line.total), 2)
          expect(Number(sale.goods_tax_total)).toBeCloseTo(Number(line.tax_total), 2)
          expect(Number(sale.shipping_total)).toBeCloseTo(Number(method.total), 2)
          expect(Number(sale.commission_rate)).toBeCloseTo(0.12, 6)
          expect(Number(sale.commission_total)).toBeCloseTo(Math.round(Number(line.total) * 12) / 100, 2)
          expect(Number(sale.payout_total)).toBeCloseTo(Number(sale.goods_total) + Number(sale.shipping_total) - Number(sale.commission_total), 2)
          sum += Number(sale.goods_total) + Number(sale.shipping_total)
        }
        // Nothing of the shopper's money is lost between the parts.
        expect(sum).toBeCloseTo(Number(placed.total), 2)
      })

      /** Each producer's shipping option ids, to tell whose a shipping method is. */
      const shippingOfProducer = new Map<string, Set<string>>()
      beforeAll(async () => {
        for (const planned of [sausage, bread, beer]) {
          const { option } = await producerShipping(planned.producer.handle)
          shippingOfProducer.set(planned.producer.handle, new Set(Object.values(option).filter(Boolean) as string[]))
        }
      })

      it("takes the producer's own rate when it has one, and keeps a written entry at the rate of its day", async () => {
        const producerId = await producerIdOf(bread.producer.handle)
        // The seed made every producer's account (its bank account): the association sets the rate on it.
        await api.post(`/admin/seller-accounts/${producerId}`, { commission_rate: 0.05, vat_status: "small_business" }, admin)
        const { order: first } = await order([{ handle: bread.handle, quantity: 2 }])
        await api.post(`/admin/seller-accounts/${producerId}`, { commission_rate: 0.2 }, admin)
        const { order: second } = await order([{ handle: bread.handle, quantity: 2 }])
        const entryOf = async (orderId: string) => (await ledger().listOrderParts({ order_id: orderId }, { relations: ["entries"] }))[0].entries[0]
        const [early, late] = [await entryOf(first.id), await entryOf(second.id)]
        expect(Number(early.commission_rate)).toBeCloseTo(0.05, 6)
        expect(Number(early.commission_total)).toBeCloseTo(Math.round(Number(first.item_total) * 5) / 100, 2)
        expect(Number(late.commission_rate)).toBeCloseTo(0.2, 6)
      })

      it("writes one set of parts when the same cart is completed five times at once", async () => {
        const cartId = await readyCart(api, headers, [{ variant_id: await variantOf(beer.handle), quantity: 1 }, { variant_id: await variantOf(bread.handle), quantity: 1 }])
        const answers = await Promise.all([...Array(5)].map(() => outcome(api.post(`/store/carts/${cartId}/complete`, {}, headers))))
        const orderIds = new Set(answers.filter((a) => a.status === 200 && a.data.type === "order").map((a) => a.data.order.id))
        expect(orderIds.size).toBe(1)
        const parts = await ledger().listOrderParts({ order_id: [...orderIds] }, { relations: ["entries"] })
        expect(parts).toHaveLength(2)
        expect(parts.flatMap((p: any) => p.entries)).toHaveLength(2)
      })

      it("gives the association each producer's sums for a period and the sum over all, as JSON and CSV", async () => {
        await api.post(`/admin/seller-accounts/${await producerIdOf(bread.producer.handle)}`, { vat_status: "small_business", commission_rate: 0.05 }, admin)
        await order([{ handle: sausage.handle, quantity: 1 }, { handle: bread.handle, quantity: 1 }])
        await order([{ handle: beer.handle, quantity: 2 }, { handle: bread.handle, quantity: 3 }])
        const { data } = await api.get(`/admin/payouts?from=${today}&to=${today}`, admin)
        const entries = await ledger().listLedgerEntries({}, { relations: ["part"] })
        const payoutSum = entries.reduce((sum: number, e: any) => sum + Number(e.payout_total), 0)
        expect(data.payouts.totals.payout_total).toBeCloseTo(payoutSum, 2)
        expect(data.payouts.producers.map((p: any) => p.producer_id).sort()).toEqual([...new Set(entries.map((e: any) => e.part.producer_id))].sort())
        const bakery = data.payouts.producers.find((p: any) => p.producer_id === entries.find((e: any) => Number(e.commission_rate) === 0.05)?.part.producer_id)
        expect(bakery.vat_status).toBe("small_business")

        const csv = await api.get(`/admin/payouts?from=${today}&to=${today}&format=csv`, admin)
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="auszahlungen-/)
        const rows = String(csv.data).replace(/^\uFEFF/, "").trim().split("\r\n")
        expect(rows[0]).toBe("Produzent;USt-Status;Buchungen;Warenwert brutto;darin USt;Versand brutto;darin USt (Versand);Provision;Auszahlung")
        expect(data.payouts.producers).toHaveLength(3)
        expect(rows).toHaveLength(data.payouts.producers.length + 2)
        expect(rows.at(-1)).toMatch(new RegExp(`^Summe aller Produzenten;;${entries.length};.*;${data.payouts.totals.payout_total.toFixed(2).replace(".", ",")}$`))
        expect(rows.some((row) => row.includes("Kleinunternehmer (§ 19 UStG)"))).toBe(true)

        // Nothing before the first order.
        const { data: empty } = await api.get(`/admin/payouts?from=2020-01-01&to=2020-12-31`, admin)
        expect(empty.payouts.producers).toEqual([])
      })

      it("gives a producer its own statement line by line, and the association the same", async () => {
        const producerId = await producerIdOf(sausage.producer.handle)
        await order([{ handle: sausage.handle, quantity: 1 }, { handle: beer.handle, quantity: 1 }])
        await order([{ handle: sausage.handle, quantity: 2 }])
        const login = { email: "metzgerei@genussnetz.test", password: "metzgerei-passwort-1" }
        await api.post(`/admin/producers/${producerId}/logins`, login, admin)
        const asButcher = { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }
        const { data: own } = await api.get(`/producer/payouts?from=${today}&to=${today}`, asButcher)
        const parts = await ledger().listOrderParts({ producer_id: producerId }, { relations: ["entries"] })
        expect(own.statement.producer.id).toBe(producerId)
        expect(own.statement.entries).toHaveLength(2)
        expect(parts.flatMap((p: any) => p.entries)).toHaveLength(2)
        expect(own.statement.entries.every((e: any) => typeof e.order_display_id === "number")).toBe(true)
        const { data: byAssociation } = await api.get(`/admin/payouts/${producerId}?from=${today}&to=${today}`, admin)
        expect(byAssociation.statement).toEqual(own.statement)

        const csv = await api.get(`/producer/payouts?from=${today}&to=${today}&format=csv`, asButcher)
        const rows = String(csv.data).replace(/^\uFEFF/, "").trim().split("\r\n")
        expect(rows).toHaveLength(own.statement.entries.length + 2)
        expect(rows[1]).toMatch(/;Verkauf;.*;regelbesteuert;/)
        expect(rows.at(-1)).toMatch(new RegExp(`^Summe;.*;${own.statement.totals.payout_total.toFixed(2).replace(".", ",")}$`))
      })

      /** What the producer's ledger entries owe it in all, summed from the entries themselves. */
      async function earnedBy(producerId: string) {
        const parts = await ledger().listOrderParts({ producer_id: producerId }, { relations: ["entries"] })
        return Math.round(parts.flatMap((p: any) => p.entries).reduce((sum: number, e: any) => sum + Number(e.payout_total), 0) * 100) / 100
      }

      it("pays each producer its balance once by bank transfer, however many runs start at once, and carries a refund into the next payout", async () => {
        const [butcherId, bakeryId, breweryId] = await Promise.all([sausage, bread, beer].map((p) => producerIdOf(p.producer.handle)))
        const { order: first } = await order([{ handle: sausage.handle, quantity: 2 }, { handle: bread.handle, quantity: 1 }])
        await order([{ handle: beer.handle, quantity: 1 }, { handle: sausage.handle, quantity: 1 }])

        // Five association members press "pay out" together.
        const runs = await Promise.all([...Array(5)].map(() => outcome(api.post("/admin/payouts", { until: today }, admin))))
        for (const run of runs) expect(run.status, JSON.stringify(run.data)).toBe(200)
        const made = runs.flatMap((run) => run.data.payouts)
        expect(made.map((p: any) => p.producer_id).sort()).toEqual([butcherId, bakeryId, breweryId].sort())
        for (const payout of made) {
          expect(payout.amount, payout.producer_name).toBeCloseTo(await earnedBy(payout.producer_id), 2)
          expect(payout).toMatchObject({ method: "bank_transfer", status: "paid", currency_code: "eur", transfer_id: null })
        }
        expect(runs.flatMap((run) => run.data.waiting)).toEqual([])
        const stored = await ledger().listPayouts({})
        expect(stored).toHaveLength(3)

        // Nothing is owed any more: the page of payees says so, and a new run pays nothing.
        const { data: payees } = await api.get("/admin/seller-accounts?limit=100", admin)
        expect(payees.payout_method).toBe("bank_transfer")
        for (const id of [butcherId, bakeryId, breweryId]) {
          const payee = payees.seller_accounts.find((a: any) => a.producer_id === id)
          expect(payee.balances).toEqual([{ currency_code: "eur", due: 0 }])
          expect(payee.ready_to_be_paid).toBe(true)
        }
        expect((await api.post("/admin/payouts", { until: today }, admin)).data.payouts).toEqual([])

        // A refund after the payout: the butcher owes it back, so it waits for later sales.
        const butchersPart = (await ledger().listOrderParts({ order_id: first.id, producer_id: butcherId }))[0]
        await api.post(`/admin/order-parts/${butchersPart.id}/refund`, { amount: 2 }, admin)
        const owedBack = (await api.get("/admin/seller-accounts?limit=100", admin)).data.seller_accounts.find((a: any) => a.producer_id === butcherId)
        expect(owedBack.balances[0].due).toBeLessThan(0)
        expect((await api.post("/admin/payouts", { until: today }, admin)).data.payouts).toEqual([])
        await order([{ handle: sausage.handle, quantity: 3 }])
        const { data: next } = await api.post("/admin/payouts", { until: today, producer_ids: [butcherId, bakeryId] }, admin)
        expect(next.payouts).toHaveLength(1)
        const paidBefore = made.find((p: any) => p.producer_id === butcherId).amount
        expect(next.payouts[0].amount).toBeCloseTo((await earnedBy(butcherId)) - paidBefore, 2)

        // The producer's statement lists the payouts of its period.
        const { data: statement } = await api.get(`/admin/payouts/${butcherId}?from=${today}&to=${today}`, admin)
        expect(statement.statement.payouts.map((p: any) => p.amount)).toEqual([paidBefore, next.payouts[0].amount])
      })

      it("lets the association set a producer's rate, VAT status and Stripe account, which later sales and statements use; bad input changes nothing", async () => {
        const bakeryId = await producerIdOf(bread.producer.handle)
        const { data } = await api.post(`/admin/seller-accounts/${bakeryId}`, { commission_rate: 0.08, vat_status: "small_business" }, admin)
        expect(data.seller_account).toMatchObject({ producer_id: bakeryId, commission_rate: 0.08, vat_status: "small_business", stripe_account_id: null })
        const { data: second } = await api.post(`/admin/seller-accounts/${bakeryId}`, { stripe_account_id: "acct_1Baeckerei" }, admin)
        expect(second.seller_account).toMatchObject({ commission_rate: 0.08, vat_status: "small_business", stripe_account_id: "acct_1Baeckerei" })
        // Two saves at once make one account.
        await Promise.all([0.07, 0.09].map((rate) => api.post(`/admin/seller-accounts/${bakeryId}`, { commission_rate: rate }, admin)))
        expect(await ledger().listSellerAccounts({ producer_id: bakeryId })).toHaveLength(1)
        await api.post(`/admin/seller-accounts/${bakeryId}`, { commission_rate: 0.08 }, admin)

        const { order: placed } = await order([{ handle: bread.handle, quantity: 1 }])
        const [part] = await ledger().listOrderParts({ order_id: placed.id }, { relations: ["entries"] })
        expect(Number(part.entries[0].commission_rate)).toBeCloseTo(0.08, 6)
        expect((await api.get(`/admin/payouts/${bakeryId}?from=${today}&to=${today}`, admin)).data.statement.producer.vat_status).toBe("small_business")

        const before = JSON.stringify(await ledger().listSellerAccounts({}))
        const cases: [object, RegExp][] = [
          [{}, /at least one/],
          [{ commission_rate: 1 }, /commission_rate/],
          [{ commission_rate: -0.1 }, /commission_rate/],
          [{ commission_rate: "0.1" }, /commission_rate/],
          [{ commission_rate: 0.123456 }, /two decimals/],
          [{ vat_status: "exempt" }, /vat_status/],
          [{ stripe_account_id: "cus_123" }, /Stripe account id/],
          [{ stripe_account_id: "acct_\u0000x" }, /NUL byte/],
          [{ payout: 10 }, /payout/],
        ]
        for (const [body, message] of cases) {
          const answer = await outcome(api.post(`/admin/seller-accounts/${bakeryId}`, body, admin))
          expect(answer.status, JSON.stringify(body)).toBe(400)
          expect(answer.data?.message, JSON.stringify(body)).toMatch(message)
        }
        const unknown = await outcome(api.post(`/admin/seller-accounts/pdcr_does_not_exist`, { vat_status: "standard" }, admin))
        expect(unknown.status).toBe(404)
        expect(JSON.stringify(await ledger().listSellerAccounts({}))).toBe(before)
        expect((await outcome(api.post(`/admin/seller-accounts/${bakeryId}`, { vat_status: "standard" }))).status).toBe(401)
        expect((await outcome(api.get(`/admin/seller-accounts`))).status).toBe(401)
        expect((await outcome(api.get(`/admin/seller-accounts?limit=500`, admin))).status).toBe(400)
      })

      it("refuses a payout run for a day to come, a day that is none, or unknown fields, and pays nothing", async () => {
        await order([{ handle: beer.handle, quantity: 1 }])
        const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10)
        const cases: [object, RegExp][] = [
          [{ until: tomorrow }, /after today/],
          [{ until: "2026-02-30" }, /real day/],
          [{ until: "9999-12-31" }, /real day|after today/],
          [{ until: `${today}\u0000` }, /NUL byte/],
          [{}, /until/],
          [{ until: today, producer_ids: [] }, /producer_ids/],
          [{ until: today, producer_ids: "pdcr_1" }, /producer_ids/],
          [{ until: today, amount: 5 }, /amount/],
        ]
        for (const [body, message] of cases) {
          const answer = await outcome(api.post("/admin/payouts", body, admin))
          expect(answer.status, JSON.stringify(body)).toBe(400)
          expect(answer.data?.message, JSON.stringify(body)).toMatch(message)
        }
        expect((await outcome(api.post("/admin/payouts", { until: today }))).status).toBe(401)
        expect(await ledger().listPayouts({})).toEqual([])
      })

      it("shows a producer its part of an order — its items and its shipping method only — and another's part as not found", async () => {
        const [butcherId, bakeryId] = [await producerIdOf(sausage.producer.handle), await producerIdOf(bread.producer.handle)]
        const { order: placed } = await order([{ handle: sausage.handle, quantity: 1 }, { handle: bread.handle, quantity: 2 }])
        const login = { email: "metzgerei-teile@genussnetz.test", password: "metzgerei-passwort-2" }
        await api.post(`/admin/producers/${butcherId}/logins`, login, admin)
        const asButcher = { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }
        const parts = await ledger().listOrderParts({ order_id: placed.id })
        const [own, bakerys] = [parts.find((p: any) => p.producer_id === butcherId), parts.find((p: any) => p.producer_id === bakeryId)]

        const { data } = await api.get(`/producer/order-parts/${own.id}`, asButcher)
        expect(data.order_part.order_display_id).toBe(placed.display_id)
        expect(data.order_part.items.map((item: any) => [item.title, item.quantity])).toEqual([[sausage.template.title.de, 1]])
        expect(data.order_part.shipping_methods).toHaveLength(1)
        expect(["pickup", "delivery"]).toContain(data.order_part.shipping_methods[0].kind)
        expect(shippingOfProducer.get(sausage.producer.handle)!.size).toBeGreaterThan(0)
        expect(data.order_part.shipping_address.postal_code).toBe(SHOPPER_ADDRESS.postal_code)
        expect(data.order_part.entries.map((e: any) => e.kind)).toEqual(["sale"])

        const foreign = await outcome(api.get(`/producer/order-parts/${bakerys.id}`, asButcher))
        expect(foreign.status).toBe(404)
        const { data: list } = await api.get(`/producer/order-parts?limit=100`, asButcher)
        expect(list.order_parts.length).toBe(list.count)
        expect(list.order_parts.every((part: any) => part.items.every((item: any) => item.title !== bread.template.title.de))).toBe(true)
        expect(list.order_parts[0].id).toBe(own.id)
        expect((await outcome(api.get(`/producer/order-parts?limit=500`, asButcher))).status).toBe(400)
        // One status only: the portal's dashboard counts the parts waiting so.
        const { data: open } = await api.get(`/producer/order-parts?status=${own.status}&limit=1`, asButcher)
        expect(open.count).toBe(list.order_parts.filter((part: any) => part.status === own.status).length)
        expect(open.order_parts.every((part: any) => part.status === own.status)).toBe(true)
        expect((await outcome(api.get(`/producer/order-parts?status=lost`, asButcher))).status).toBe(400)
      })

      it("refuses a bad period or an unknown producer with a clear 4xx", async () => {
        const producerId = await producerIdOf(beer.producer.handle)
        const cases: [string, number, RegExp][] = [
          [`/admin/payouts?from=2026-02-30&to=2026-03-01`, 400, /real day/],
          [`/admin/payouts?from=2026-03-02&to=2026-03-01`, 400, /from must not be after to/],
          [`/admin/payouts?from=2024-01-01&to=2025-12-31`, 400, /at most 366 days/],
          [`/admin/payouts?from=2026-01-01`, 400, /to/],
          [`/admin/payouts?from=2026-01-01&to=2026-01-31&format=xml`, 400, /format/],
          [`/admin/payouts?from=2026-01-01&to=2026-01-31&sort=payout`, 400, /sort/],
          [`/admin/payouts?from=2026-01-01%00&to=2026-01-31`, 400, /./],
          [`/admin/payouts?from=%E0%A4%A&to=2026-01-31`, 400, /./],
          [`/admin/payouts/pdcr_does_not_exist?from=2026-01-01&to=2026-01-31`, 404, /No producer/],
          [`/admin/payouts/${producerId}?from=1999-12-31&to=2000-01-01`, 400, /real day/],
        ]
        for (const [url, status, message] of cases) {
          const answer = await outcome(api.get(url, admin))
          expect(answer.status, url).toBe(status)
          expect(answer.data?.message, url).toMatch(message)
        }
        expect((await outcome(api.get(`/admin/payouts?from=${today}&to=${today}`))).status).toBe(401)
        expect((await outcome(api.get(`/producer/payouts?from=${today}&to=${today}`))).status).toBe(401)
      })

      describe("each part on its own: packed, shipped, handed over, cancelled, refunded", () => {
        /** A part action that must succeed: a refusal fails the test with the backend's own message. */
        async function act(url: string, body: object, who: Headers) {
          const answer = await outcome(api.post(url, body, who))
          if (answer.status !== 200) throw new Error(`POST ${url} answered ${answer.status}: ${answer.data?.message}`)
          return answer
        }
        /** A login for the producer, answering its request headers. */
        async function loginAs(producerHandle: string) {
          const producerId = await producerIdOf(producerHandle)
          const login = { email: `${producerHandle}-teile@genussnetz.test`, password: "teile-passwort-123" }
          await api.post(`/admin/producers/${producerId}/logins`, login, admin)
          return { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }
        }

        /** An order of these lines, each producer's goods delivered the first of `preferred` ways it offers. */
        async function orderWith(lines: { handle: string; quantity: number }[], preferred: string[]) {
          const variants = await Promise.all(lines.map(async (line) => ({ variant_id: await variantOf(line.handle), quantity: line.quantity })))
          const cartId = await readyCart(api, headers, variants, "erika@example.org", { delivery: preferred })
          const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
          expect(data.type).toBe("order")
          const parts = await ledger().listOrderParts({ order_id: data.order.id })
          const partOf = async (producerHandle: string) => {
            const producerId = await producerIdOf(producerHandle)
            return parts.find((part: any) => part.producer_id === producerId).id as string
          }
          return { order: data.order, partOf }
        }

        /** The order's fulfillments, its payment's captures and refunds, and the reservations of its lines. */
        async function orderState(orderId: string) {
          const { data } = await query().graph({
            entity: "order",
            filters: { id: orderId },
            fields: [
              "items.id",
              "items.product_id",
              "fulfillments.id",
              "fulfillments.packed_at",
              "fulfillments.shipped_at",
              "fulfillments.delivered_at",
              "fulfillments.labels.tracking_number",
              "fulfillments.location_id",
              "payment_collections.payments.amount",
              "payment_collections.payments.captures.amount",
              "payment_collections.payments.refunds.amount",
            ],
          })
          const order = data[0]
          const payment = order.payment_collections[0].payments[0]
          const sum = (rows: any[]) => Math.round(rows.reduce((total, row) => total + Number(row.amount), 0) * 100) / 100
          const { data: reservations } = await query().graph({
            entity: "reservation",
            filters: { line_item_id: order.items.map((item: any) => item.id) },
            fields: ["line_item_id", "quantity"],
          })
          return { order, captured: sum(payment.captures ?? []), refunded: sum(payment.refunds ?? []), paid: Number(payment.amount), reservations }
        }

        type Entry = { kind: string; goods: number; shipping: number; commission: number; rate: number; payout: number }
        const entriesOf = async (partId: string): Promise<Entry[]> =>
          (await ledger().listLedgerEntries({ part_id: partId }, { order: { created_at: "ASC" } })).map((entry: any) => ({
            kind: entry.kind,
            goods: Number(entry.goods_total),
            shipping: Number(entry.shipping_total),
            commission: Number(entry.commission_total),
            rate: Number(entry.commission_rate),
            payout: Number(entry.payout_total),
          }))

        it("packs a pickup part at its producer's location, then hands it over; the other parts stay open and the money is taken once", async () => {
          const asButcher = await loginAs(sausage.producer.handle)
          const { order: placed, partOf } = await orderWith([{ handle: sausage.handle, quantity: 2 }, { handle: bread.handle, quantity: 1 }], ["pickup"])
          const [butchers, bakerys] = [await partOf(sausage.producer.handle), await partOf(bread.producer.handle)]
          const before = await orderState(placed.id)
          expect(before.reservations).toHaveLength(2)
          expect(before.captured).toBe(0)

          const packed = await act(`/producer/order-parts/${butchers}/fulfil`, {}, asButcher)
          expect(packed.data.order_part.status).toBe("ready_for_pickup")
          const after = await orderState(placed.id)
          expect(after.order.fulfillments).toHaveLength(1)
          expect(after.order.fulfillments[0].location_id).toBe((await producerShipping(sausage.producer.handle)).locationId)
          // The sausage's reservation is used up by the fulfillment; the bread's is still held.
          const breadLine = placed.items.find((item: any) => item.product_handle === bread.handle)
          expect(after.reservations.map((r: any) => r.line_item_id)).toEqual([breadLine.id])
          expect(after.captured).toBe(after.paid)
          expect((await api.get(`/admin/order-parts/${bakerys}`, admin)).data.order_part.status).toBe("open")

          const again = await outcome(api.post(`/producer/order-parts/${butchers}/fulfil`, {}, asButcher))
          expect(again.status).toBe(400)
          expect(again.data.message).toMatch(/already packed/)
          const shipped = await outcome(api.post(`/producer/order-parts/${butchers}/ship`, { tracking_number: "1Z999" }, asButcher))
          expect(shipped.status).toBe(400)
          expect(shipped.data.message).toMatch(/picked up by the shopper/)

          const handedOver = await act(`/producer/order-parts/${butchers}/deliver`, {}, asButcher)
          expect(handedOver.data.order_part.status).toBe("delivered")
          expect((await orderState(placed.id)).order.fulfillments[0].delivered_at).toBeTruthy()
          expect((await outcome(api.post(`/producer/order-parts/${butchers}/deliver`, {}, asButcher))).status).toBe(400)
          // Taken once for the whole order, however many parts are packed.
          await act(`/admin/order-parts/${bakerys}/fulfil`, {}, admin)
          expect((await orderState(placed.id)).captured).toBe(after.paid)
        })

        it("ships a parcel part with its tracking number and marks it delivered; bad shipping details are refused", async () => {
          const asBrewery = await loginAs(beer.producer.handle)
          const { order: placed, partOf } = await orderWith([{ handle: beer.handle, quantity: 2 }], ["parcel"])
          const part = await partOf(beer.producer.handle)
          expect((await outcome(api.post(`/producer/order-parts/${part}/ship`, {}, asBrewery))).data.message).toMatch(/Only a packed order part/)
          expect((await act(`/producer/order-parts/${part}/fulfil`, {}, asBrewery)).data.order_part.status).toBe("fulfilled")
          for (const body of [
            { tracking_url: "https://paket.example/1" },
            { tracking_number: "" },
            { tracking_number: "1Z", tracking_url: "javascript:alert(1)" },
            { tracking_number: "1Z", carrier: "x" },
            { tracking_number: "1Z\u0000" },
          ]) {
            const refused = await outcome(api.post(`/producer/order-parts/${part}/ship`, body, asBrewery))
            expect(refused.status, JSON.stringify(body)).toBe(400)
          }
          expect((await api.get(`/producer/order-parts/${part}`, asBrewery)).data.order_part.status).toBe("fulfilled")
          const shipped = await act(`/producer/order-parts/${part}/ship`, { tracking_number: "00340434161234567890", tracking_url: "https://paket.example/00340434161234567890" }, asBrewery)
          expect(shipped.data.order_part.status).toBe("shipped")
          const { order } = await orderState(placed.id)
          expect(order.fulfillments[0].shipped_at).toBeTruthy()
          expect(order.fulfillments[0].labels.map((label: any) => label.tracking_number)).toEqual(["00340434161234567890"])
          expect((await act(`/producer/order-parts/${part}/deliver`, {}, asBrewery)).data.order_part.status).toBe("delivered")
        })

        it("cancels a part before it is packed: its stock is free again, its money goes back and its ledger ends at zero; the other parts go on", async () => {
          const asButcher = await loginAs(sausage.producer.handle)
          const { order: placed, partOf } = await orderWith([{ handle: sausage.handle, quantity: 2 }, { handle: bread.handle, quantity: 1 }], ["delivery", "pickup"])
          const [butchers, bakerys] = [await partOf(sausage.producer.handle), await partOf(bread.producer.handle)]
          const [sale] = await entriesOf(butchers)

          const canceled = await act(`/producer/order-parts/${butchers}/cancel`, {}, asButcher)
          expect(canceled.data.order_part.status).toBe("canceled")
          expect(canceled.data.order_part.refundable).toBe(0)
          const state = await orderState(placed.id)
          const breadLine = placed.items.find((item: any) => item.product_handle === bread.handle)
          expect(state.reservations.map((r: any) => r.line_item_id)).toEqual([breadLine.id])
          expect(state.refunded).toBeCloseTo(sale.goods + sale.shipping, 2)
          const entries = await entriesOf(butchers)
          expect(entries.map((entry) => entry.kind)).toEqual(["sale", "refund"])
          // (0 - x || 0: a free pickup's shipping is refunded as 0, not -0)
          const minus = (amount: number) => 0 - amount || 0
          expect(entries[1]).toEqual({ kind: "refund", goods: minus(sale.goods), shipping: minus(sale.shipping), commission: minus(sale.commission), rate: sale.rate, payout: minus(sale.payout) })
          // The butcher is owed nothing for the order; the bakery's part is untouched.
          const { data } = await api.get(`/producer/payouts?from=${today}&to=${today}`, asButcher)
          expect(data.statement.totals.payout_total).toBeCloseTo(0, 2)
          expect((await entriesOf(bakerys)).map((entry) => entry.kind)).toEqual(["sale"])
          expect((await api.get(`/admin/order-parts/${bakerys}`, admin)).data.order_part.status).toBe("open")

          for (const action of ["cancel", "fulfil", "refund"]) {
            const refused = await outcome(api.post(`/producer/order-parts/${butchers}/${action}`, {}, asButcher))
            expect(refused.status, action).toBe(400)
            expect(refused.data.message, action).toMatch(/cancelled/)
          }
          // A packed part is refunded, not cancelled.
          await act(`/admin/order-parts/${bakerys}/fulfil`, {}, admin)
          expect((await outcome(api.post(`/admin/order-parts/${bakerys}/cancel`, {}, admin))).data.message).toMatch(/refund it instead/)
        })

        it("refunds part of a part at its sale's rate, never more than remains — not even five refunds at once", async () => {
          const asBakery = await loginAs(bread.producer.handle)
          const { order: placed, partOf } = await orderWith([{ handle: bread.handle, quantity: 3 }], ["parcel"])
          const part = await partOf(bread.producer.handle)
          const [sale] = await entriesOf(part)
          // The bakery's rate changes after the order: its refunds still reverse at the sale's 12 %.
          await api.post(`/admin/seller-accounts/${await producerIdOf(bread.producer.handle)}`, { commission_rate: 0.05 }, admin)

          const refunded = await act(`/producer/order-parts/${part}/refund`, { amount: 1 }, asBakery)
          expect(refunded.data.order_part.refundable).toBeCloseTo(sale.goods + sale.shipping - 1, 2)
          expect((await entriesOf(part))[1]).toEqual({ kind: "refund", goods: -1, shipping: 0, commission: -0.12, rate: 0.12, payout: -0.88 })

          const remaining = refunded.data.order_part.refundable
          for (const body of [{ amount: remaining + 0.01 }, { amount: 0 }, { amount: -1 }, { amount: 1.005 }, { amount: "1" }, { amount: 1, reason: "x" }]) {
            const refused = await outcome(api.post(`/producer/order-parts/${part}/refund`, body, asBakery))
            expect(refused.status, JSON.stringify(body)).toBe(400)
          }
          expect((await outcome(api.post(`/producer/order-parts/${part}/refund`, { amount: remaining + 0.01 }, asBakery))).data.message).toMatch(/At most/)
          expect(await entriesOf(part)).toHaveLength(2)

          const answers = await Promise.all(Array.from({ length: 5 }, () => outcome(api.post(`/producer/order-parts/${part}/refund`, {}, asBakery))))
          // One gives back what remains; the others find nothing left (400) or, on a slow machine,
          // gave up waiting for the part's lock (409: try again) — none gives money twice.
          expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
          expect(answers.every((answer) => answer.status === 200 || answer.status === 400 || answer.status === 409)).toBe(true)
          const entries = await entriesOf(part)
          expect(entries).toHaveLength(3)
          expect(entries.reduce((total, entry) => total + entry.payout, 0)).toBeCloseTo(0, 2)
          const state = await orderState(placed.id)
          expect(state.refunded).toBeCloseTo(sale.goods + sale.shipping, 2)
        })

        it("keeps an order private: the shopper's cart opens it, a producer that knows its id gets 404 like anyone else", async () => {
          const asButcher = await loginAs(sausage.producer.handle)
          const variants = [{ variant_id: await variantOf(sausage.handle), quantity: 1 }, { variant_id: await variantOf(bread.handle), quantity: 1 }]
          const cartId = await readyCart(api, headers, variants)
          expect((await outcome(api.get(`/store/carts/${cartId}/order-access`, headers))).status).toBe(404)
          const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
          const { data: access } = await api.get(`/store/carts/${cartId}/order-access`, headers)
          expect(access.order_id).toBe(completed.order.id)
          const read = (token?: string) =>
            outcome(api.get(`/store/orders/${access.order_id}`, { headers: { ...headers.headers, ...(token ? { "x-order-access-token": token } : {}) } }))
          expect((await read(access.access_token)).data.order.items).toHaveLength(2)
          // The butcher sees the order's id with its part — and that is all it can read of the order.
          const { data: parts } = await api.get(`/producer/order-parts?limit=1`, asButcher)
          expect(parts.order_parts[0].order_id).toBe(access.order_id)
          for (const token of [undefined, "", "x".repeat(43), access.access_token.toUpperCase()]) {
            const refused = await read(token)
            expect(refused.status, String(token)).toBe(404)
            expect(refused.data.message).toMatch(/not found/)
          }
          expect((await outcome(api.get(`/store/orders/${access.order_id}`, { headers: { ...headers.headers, ...asButcher.headers } }))).status).toBe(404)
          expect((await outcome(api.get(`/store/carts/${cartId}/order-access?fields=*`, headers))).status).toBe(400)
          expect((await outcome(api.get(`/store/carts/cart_nothing/order-access`, headers))).status).toBe(404)
        })

        it("lets a producer act only on its own parts (404 for another's, nothing changed) and the association on any", async () => {
          const asButcher = await loginAs(sausage.producer.handle)
          const { order: placed, partOf } = await orderWith([{ handle: sausage.handle, quantity: 1 }, { handle: beer.handle, quantity: 1 }], ["pickup"])
          const brewerys = await partOf(beer.producer.handle)
          for (const action of ["fulfil", "ship", "deliver", "cancel", "refund"]) {
            const foreign = await outcome(api.post(`/producer/order-parts/${brewerys}/${action}`, {}, asButcher))
            expect(foreign.status, action).toBe(404)
            expect((await outcome(api.post(`/producer/order-parts/${brewerys}/${action}`, {}))).status, action).toBe(401)
          }
          expect((await entriesOf(brewerys)).map((entry) => entry.kind)).toEqual(["sale"])
          expect((await orderState(placed.id)).order.fulfillments).toHaveLength(0)
          expect((await outcome(api.post(`/producer/order-parts/opart_nothing/fulfil`, {}, asButcher))).status).toBe(404)
          expect((await outcome(api.post(`/admin/order-parts/opart_nothing/fulfil`, {}, admin))).status).toBe(404)

          const { data } = await api.get(`/admin/order-parts?order_id=${placed.id}`, admin)
          expect(data.count).toBe(2)
          expect((await act(`/admin/order-parts/${brewerys}/fulfil`, {}, admin)).data.order_part.status).toBe("ready_for_pickup")
          const { data: open } = await api.get(`/admin/order-parts?order_id=${placed.id}&status=open`, admin)
          expect(open.order_parts.map((part: any) => part.producer_id)).toEqual([await producerIdOf(sausage.producer.handle)])
          for (const url of [`/admin/order-parts?sort=status`, `/admin/order-parts?status=lost`, `/admin/order-parts?limit=0`, `/admin/order-parts?order_id=%E0%A4%A`]) {
            expect((await outcome(api.get(url, admin))).status, url).toBe(400)
          }
          expect((await outcome(api.post(`/admin/order-parts/${brewerys}/fulfil`, { force: true }, admin))).status).toBe(400)
        })
      })
    })
  },
})
