import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductTypesWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { setUpProducerFulfilmentWorkflow } from "@genussnetz/marketplace/workflows"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")

const FOOD_INFORMATION = {
  ingredients: { de: "*Dinkel*vollkornmehl, Wasser, Salz, Hefe", en: "Wholegrain *spelt* flour, water, salt, yeast" },
  allergens: ["gluten"],
  storage: { de: "Trocken lagern.", en: "Keep dry." },
  date_marking: "best_before",
  alcohol_percent: null,
}

/**
 * A producer's own products from the portal: `POST /producer/products` makes one (Medusa's
 * product, linked to the producer, stocked at its location, in German with English in the
 * Translation Module), `GET/POST /producer/products/:id` reads and changes it. Against the real
 * backend with a small network whose bakery can sell (stock location, shipping profile).
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    let categoryId: string
    let typeId: string
    let locationId: string

    beforeAll(async () => {
      const container = getContainer()
      network = await buildSmallNetwork(container, api)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      // The shop's channel is the one of the network's publishable key (the admin has another).
      const { data: keys } = await query.graph({
        entity: "api_key",
        fields: ["id", "sales_channels.id"],
        filters: { token: network.store.headers["x-publishable-api-key"] },
      })
      const salesChannelId = keys[0].sales_channels[0].id
      const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
      await updateStoresWorkflow(container).run({ input: { selector: { id: stores[0].id }, update: { default_sales_channel_id: salesChannelId } } })
      const { result: fulfilment } = await setUpProducerFulfilmentWorkflow(container).run({
        input: {
          producer_id: network.ids.bakery,
          producer_name: "Testbäckerei",
          address: { address_1: "Hauptstraße 1", city: "Bamberg", postal_code: "96047", country_code: "de" },
          sales_channel_id: salesChannelId,
          offer: { pickup: { hours: [{ day: 5, opens: "08:00", closes: "18:00" }] } },
        },
      })
      locationId = fulfilment.stock_location_id
      const { result: categories } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "Brot & Backwaren", handle: "brot-backwaren", is_active: true }] },
      })
      categoryId = categories[0].id
      const { result: types } = await createProductTypesWorkflow(container).run({ input: { product_types: [{ value: "Lebensmittel" }] } })
      typeId = types[0].id
    })

    const newBread = (overrides: Record<string, unknown> = {}) => ({
      title: { de: "Dinkelkruste", en: "Spelt crust loaf" },
      description: { de: "Ein kräftiges Dinkelbrot aus dem Holzofen.", en: "A hearty spelt loaf from the wood-fired oven." },
      category_id: categoryId,
      type_id: typeId,
      season_months: [9, 10],
      variants: [
        { label: { de: "750 g", en: "750 g" }, net_quantity: 750, net_unit: "g", price: 5.4, stock: 12 },
        { label: { de: "1,5 kg", en: "1.5 kg" }, net_quantity: 1500, net_unit: "g", price: 9.8, stock: 4 },
      ],
      ...overrides,
    })
    const productCount = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
      return metadata!.count as number
    }
    const onStore = async (handle: string, locale?: string) => {
      const { data } = await api.get(
        `/store/products?handle=${handle}&fields=id,title,description,status,*producer,*food_information,variants.title,+variants.inventory_quantity${locale ? `&locale=${locale}` : ""}`,
        network.store
      )
      return data.products[0] ?? null
    }

    it("makes a producer's new product as a draft, linked to it and stocked at its location, hidden from the shop", async () => {
      const answer = await outcome(api.post("/producer/products", newBread(), network.bakery))
      expect(answer.status, JSON.stringify(answer.data)).toBe(201)
      const product = answer.data.product
      expect(product).toMatchObject({
        status: "draft",
        handle: "dinkelkruste-testbaeckerei",
        title: { de: "Dinkelkruste", en: "Spelt crust loaf" },
        category_id: categoryId,
        type_id: typeId,
        chilled: false,
        season_months: [9, 10],
        food_information: null,
      })
      expect(product.variants.map((v: any) => [v.label.de, v.label.en, v.price, v.stock, v.net_quantity, v.net_unit])).toEqual([
        ["750 g", "750 g", 5.4, 12, 750, "g"],
        ["1,5 kg", "1.5 kg", 9.8, 4, 1500, "g"],
      ])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["producer.id", "variants.inventory_items.inventory.location_levels.location_id"],
        filters: { id: product.id },
      })
      expect(data[0].producer.id).toBe(network.ids.bakery)
      expect(data[0].variants.flatMap((v: any) => v.inventory_items.flatMap((i: any) => i.inventory.location_levels.map((l: any) => l.location_id)))).toEqual([
        locationId,
        locationId,
      ])
      expect(await onStore(product.handle)).toBeNull()
      // A second product of the same name gets a handle of its own.
      const again = await outcome(api.post("/producer/products", newBread(), network.bakery))
      expect(again.status).toBe(201)
      expect(again.data.product.handle).toBe("dinkelkruste-testbaeckerei-2")
    })

    it("publishes a product only with its food information; then the shop shows it in German and English", async () => {
      const before = await productCount()
      const refused = await outcome(api.post("/producer/products", newBread({ status: "published" }), network.bakery))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/food information/)
      expect(await productCount()).toBe(before)

      const made = await outcome(
        api.post("/producer/products", newBread({ title: { de: "Dinkellaib", en: "Spelt loaf" }, status: "published", food_information: FOOD_INFORMATION }), network.bakery)
      )
      expect(made.status, JSON.stringify(made.data)).toBe(201)
      const german = await onStore(made.data.product.handle)
      expect(german).toMatchObject({ title: "Dinkellaib", producer: { id: network.ids.bakery }, food_information: { allergens: ["gluten"] } })
      expect(german.variants.map((v: any) => v.inventory_quantity).sort()).toEqual([12, 4].sort())
      const english = await onStore(made.data.product.handle, "en-GB")
      expect(english.title).toBe("Spelt loaf")
      expect(english.description).toBe("A hearty spelt loaf from the wood-fired oven.")
      expect(english.food_information.ingredients).toBe(FOOD_INFORMATION.ingredients.en)
      expect(english.variants.map((v: any) => v.title).sort()).toEqual(["1.5 kg", "750 g"])
    })

    it("changes texts, price, stock, chilled, seasons and status of its own product; a German text changed without English drops the old English", async () => {
      const { data: made } = await api.post("/producer/products", newBread({ title: { de: "Roggenkruste", en: "Rye crust loaf" } }), network.bakery)
      const id = made.product.id
      const small = made.product.variants.find((v: any) => v.label.de === "750 g")
      const changed = await outcome(
        api.post(
          `/producer/products/${id}`,
          { title: { de: "Roggenkruste, kräftig" }, chilled: true, season_months: [], variants: [{ id: small.id, price: 5.9, stock: 30 }] },
          network.bakery
        )
      )
      expect(changed.status, JSON.stringify(changed.data)).toBe(200)
      expect(changed.data.product).toMatchObject({ title: { de: "Roggenkruste, kräftig", en: null }, chilled: true, season_months: [] })
      expect(changed.data.product.variants.find((v: any) => v.id === small.id)).toMatchObject({ price: 5.9, stock: 30 })
      // Unchanged: the description's English, the other variant.
      expect(changed.data.product.description.en).toBe("A hearty spelt loaf from the wood-fired oven.")
      expect(changed.data.product.variants.find((v: any) => v.id !== small.id)).toMatchObject({ price: 9.8, stock: 4 })

      expect((await outcome(api.post(`/producer/products/${id}`, { status: "published" }, network.bakery))).status).toBe(400)
      expect((await outcome(api.post(`/producer/products/${id}/food-information`, FOOD_INFORMATION, network.bakery))).status).toBe(200)
      const published = await outcome(api.post(`/producer/products/${id}`, { status: "published", chilled: false }, network.bakery))
      expect(published.status).toBe(200)
      expect(published.data.product).toMatchObject({ status: "published", chilled: false })
      expect((await onStore(made.product.handle, "en-GB")).title).toBe("Roggenkruste, kräftig")
      const { data: mine } = await api.get("/producer/products?limit=100", network.bakery)
      expect(mine.products.some((p: { id: string }) => p.id === id)).toBe(true)
    })

    it("adds a pack size to a published product, stocked at its location and shown in both languages, and takes one off, never the last", async () => {
      const made = await outcome(
        api.post("/producer/products", newBread({ title: { de: "Roggenlaib", en: "Rye loaf" }, status: "published", food_information: FOOD_INFORMATION }), network.bakery)
      )
      expect(made.status, JSON.stringify(made.data)).toBe(201)
      const { id, handle } = made.data.product
      const size = { label: { de: "3 kg", en: "3 kg (family)" }, net_quantity: 3000, net_unit: "g", price: 17.5, stock: 2 }
      const added = await outcome(api.post(`/producer/products/${id}/pack-sizes`, size, network.bakery))
      expect(added.status, JSON.stringify(added.data)).toBe(201)
      expect(added.data.product.variants.map((v: any) => [v.label.de, v.label.en, v.price, v.stock, v.net_quantity])).toEqual([
        ["750 g", "750 g", 5.4, 12, 750],
        ["1,5 kg", "1.5 kg", 9.8, 4, 1500],
        ["3 kg", "3 kg (family)", 17.5, 2, 3000],
      ])
      const german = await onStore(handle)
      expect(german.variants.map((v: any) => [v.title, v.inventory_quantity])).toContainEqual(["3 kg", 2])
      expect((await onStore(handle, "en-GB")).variants.map((v: any) => v.title)).toContain("3 kg (family)")

      for (const [what, body, message] of [
        ["the same label again", size, /pack size "3 kg" already/],
        ["no price", { ...size, label: { de: "5 kg" }, price: undefined }, /price/],
        ["an unknown unit", { ...size, label: { de: "5 kg" }, net_unit: "lb" }, /net_unit/],
      ] as const) {
        const refused = await outcome(api.post(`/producer/products/${id}/pack-sizes`, body, network.bakery))
        expect(refused.status, what).toBe(400)
        expect(refused.data.message, what).toMatch(message)
      }
      expect((await outcome(api.post(`/producer/products/${network.ids.flour}/pack-sizes`, { ...size, label: { de: "25 kg" } }, network.bakery))).status).toBe(404)

      const sizes = added.data.product.variants as { id: string }[]
      const removed = await outcome(api.delete(`/producer/products/${id}/pack-sizes/${sizes[0].id}`, network.bakery))
      expect(removed.status, JSON.stringify(removed.data)).toBe(200)
      expect(removed.data.product.variants.map((v: any) => v.label.de)).toEqual(["1,5 kg", "3 kg"])
      expect((await onStore(handle)).variants.map((v: any) => v.title).sort()).toEqual(["1,5 kg", "3 kg"])
      // Another product's pack size through this product: not found.
      const { data: flour } = await api.get(`/store/products/${network.ids.flour}?fields=variants.id`, network.store)
      expect((await outcome(api.delete(`/producer/products/${id}/pack-sizes/${flour.product.variants[0].id}`, network.bakery))).status).toBe(404)
      expect((await outcome(api.delete(`/producer/products/${id}/pack-sizes/${sizes[1].id}`, network.bakery))).status).toBe(200)
      const last = await outcome(api.delete(`/producer/products/${id}/pack-sizes/${sizes[2].id}`, network.bakery))
      expect(last.status).toBe(400)
      expect(last.data.message).toMatch(/at least one pack size/)
      expect((await onStore(handle)).variants.map((v: any) => v.title)).toEqual(["3 kg"])
      // A label taken off can come back.
      expect((await outcome(api.post(`/producer/products/${id}/pack-sizes`, { ...size, label: { de: "750 g" }, net_quantity: 750 }, network.bakery))).status).toBe(201)
    })

    it("refuses bad products with 400 saying why, and writes nothing", async () => {
      const before = await productCount()
      const bad: [string, unknown, RegExp][] = [
        ["no variant", newBread({ variants: [] }), /variants/],
        ["a price with a tenth of a cent", newBread({ variants: [{ label: { de: "1 kg" }, net_quantity: 1000, net_unit: "g", price: 4.555, stock: 1 }] }), /cents|decimals/],
        ["a negative stock", newBread({ variants: [{ label: { de: "1 kg" }, net_quantity: 1000, net_unit: "g", price: 4.5, stock: -1 }] }), /stock/],
        ["an unknown unit", newBread({ variants: [{ label: { de: "1 Fass" }, net_quantity: 1, net_unit: "barrel", price: 4.5, stock: 1 }] }), /net_unit/],
        ["two variants of one label", newBread({ variants: [1, 2].map(() => ({ label: { de: "1 kg" }, net_quantity: 1000, net_unit: "g", price: 4.5, stock: 1 })) }), /label/],
        ["month 13", newBread({ season_months: [13] }), /season_months/],
        ["an unknown category", newBread({ category_id: "pcat_nonexistent" }), /category/],
        ["an unknown type", newBread({ type_id: "ptyp_nonexistent" }), /type/],
        ["no German title", newBread({ title: { en: "Bread" } }), /title/],
        ["an unknown field", newBread({ handle: "mein-eigener-handle" }), /handle/],
        ["a NUL byte", newBread({ description: { de: "Brot\u0000" } }), /NUL|character|null/i],
      ]
      for (const [what, body, message] of bad) {
        const answer = await outcome(api.post("/producer/products", body, network.bakery))
        expect(answer.status, `${what}: ${JSON.stringify(answer.data)}`).toBe(400)
        expect(JSON.stringify(answer.data), what).toMatch(message)
      }
      expect(await productCount()).toBe(before)

      const bread = (await api.get(`/producer/products/${network.ids.bread}`, network.bakery)).data.product
      const refusedChanges: [string, unknown][] = [
        ["nothing", {}],
        ["another product's variant", { variants: [{ id: "variant_not_here", price: 1 }] }],
        ["a price of zero", { variants: [{ id: bread.variants[0].id, price: 0 }] }],
        ["an unknown status", { status: "archived" }],
      ]
      for (const [what, body] of refusedChanges) {
        const answer = await outcome(api.post(`/producer/products/${network.ids.bread}`, body, network.bakery))
        expect(answer.status, `${what}: ${JSON.stringify(answer.data)}`).toBe(400)
      }
      expect((await api.get(`/producer/products/${network.ids.bread}`, network.bakery)).data.product).toEqual(bread)
    })

    it("answers 404 for another producer's product, 401 without a login, and a producer without pickup or delivery is told to set them up", async () => {
      expect((await outcome(api.get(`/producer/products/${network.ids.flour}`, network.bakery))).status).toBe(404)
      expect((await outcome(api.post(`/producer/products/${network.ids.flour}`, { chilled: true }, network.bakery))).status).toBe(404)
      expect((await outcome(api.post("/producer/products", newBread(), { headers: {} }))).status).toBe(401)
      // The mill's login: it has no stock location or shipping profile yet.
      const admin = network.admin
      const login = { email: "muehle@genussnetz.test", password: "muehle-passwort-1" }
      await api.post(`/admin/producers/${network.ids.mill}/logins`, login, admin)
      const mill = { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }
      // Its dashboard says so, and has nothing to count.
      expect((await api.get("/producer/dashboard", mill)).data.dashboard).toEqual({
        order_parts: { open: 0, ready_for_pickup: 0, fulfilled: 0, total: 0 },
        set_up: false,
        low_stock: { count: 0, named: [] },
        products_without_food_information: 1,
      })
      const before = await productCount()
      const refused = await outcome(api.post("/producer/products", newBread(), mill))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/pickup and delivery/)
      expect(await productCount()).toBe(before)
      const { data: choices } = await api.get("/producer/product-choices", mill)
      expect(choices.categories).toEqual([{ id: categoryId, handle: "brot-backwaren", name: { de: "Brot & Backwaren", en: null } }])
      expect(choices.types).toEqual([{ id: typeId, value: "Lebensmittel" }])

      // Bad offers change nothing.
      const shippingOptions = async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "data", "prices.amount", "shipping_profile_id"] })
        return data
      }
      const optionsBefore = await shippingOptions()
      const badOffers: [string, unknown][] = [
        ["no way at all", { street: "Mühlweg 3", offer: {} }],
        ["a postal code of four digits", { street: "Mühlweg 3", offer: { delivery: { fee: 3, minimum_order: 20, postal_codes: ["9604"] } } }],
        ["closing before opening", { street: "Mühlweg 3", offer: { pickup: { hours: [{ day: 2, opens: "18:00", closes: "08:00" }] } } }],
        ["day 8", { street: "Mühlweg 3", offer: { pickup: { hours: [{ day: 8, opens: "08:00", closes: "12:00" }] } } }],
        ["a fee with a tenth of a cent", { street: "Mühlweg 3", offer: { parcel: { fee: 4.999 } } }],
        ["no street", { offer: { parcel: { fee: 4.9 } } }],
      ]
      for (const [what, body] of badOffers) {
        const answer = await outcome(api.post("/producer/fulfilment", body, mill))
        expect(answer.status, `${what}: ${JSON.stringify(answer.data)}`).toBe(400)
      }
      expect(await shippingOptions()).toEqual(optionsBefore)
      expect((await api.get("/producer/fulfilment", mill)).data.fulfilment).toMatchObject({ set_up: false, offer: {} })

      // The mill stands at a weekly market before it sells anything: nothing to pick up there yet.
      const marketPickups = async () =>
        (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "shipping_option", fields: ["name", "data"] })).data.filter(
          (option: any) => option.data?.kind === "market_pickup"
        )
      const market = {
        kind: "market",
        status: "published",
        title: { de: "Mühlenmarkt am Test" },
        description: { de: "Jeden Dienstag." },
        starts: "2027-01-05T14:00",
        ends: "2027-01-05T17:00",
        rrule: "FREQ=WEEKLY;BYDAY=TU",
        place: { name: "Mühlplatz", town: "Bamberg", latitude: 49.8917, longitude: 10.8917 },
        organiser: "Genussregion (Test)",
        producer_ids: [network.ids.mill],
      }
      expect((await outcome(api.post("/admin/events", market, admin))).status).toBe(201)

      // Its first offer sets it up to sell; then its products can be made.
      const hours = [{ day: 6, opens: "08:00", closes: "12:00" }]
      const first = await outcome(api.post("/producer/fulfilment", { street: "Mühlweg 3", offer: { pickup: { hours } } }, mill))
      expect(first.status, JSON.stringify(first.data)).toBe(200)
      // Its offer is its own ways; the market is a pickup point of its as soon as it is set up.
      expect(first.data.fulfilment).toEqual({ set_up: true, street: "Mühlweg 3", postal_code: null, town: "Bamberg", offer: { pickup: { hours } } })
      expect((await marketPickups()).map((option: any) => [option.name, option.data.pickup_hours])).toEqual([
        ["Abholung am Markt: Mühlenmarkt am Test", [{ day: 2, opens: "14:00", closes: "17:00" }]],
      ])
      expect((await outcome(api.post("/producer/products", newBread({ title: { de: "Roggenmehl Type 997" } }), mill))).status).toBe(201)
      // A later offer changes, adds and removes ways: pickup goes, delivery and parcel come.
      const delivery = { fee: 3.5, minimum_order: 25, postal_codes: ["96047", "96049"] }
      const second = await outcome(api.post("/producer/fulfilment", { street: "Mühlweg 5", offer: { delivery, parcel: { fee: 5.9 } } }, mill))
      expect(second.status, JSON.stringify(second.data)).toBe(200)
      expect(second.data.fulfilment).toMatchObject({ street: "Mühlweg 5", offer: { delivery, parcel: { fee: 5.9 } } })
      expect(second.data.fulfilment.offer.pickup).toBeUndefined()
      // Its own pickup is gone; the market's stays.
      expect(await marketPickups()).toHaveLength(1)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: mills } = await query.graph({ entity: "producer", fields: ["pickup", "stock_location.address.address_1"], filters: { id: network.ids.mill } })
      expect(mills[0]).toMatchObject({ pickup: false, stock_location: { address: { address_1: "Mühlweg 5" } } })
    })

    it("counts on the dashboard what the product list and the order parts say: parts per status, pack sizes running low, products without food information", async () => {
      const low = await outcome(
        api.post(
          "/producer/products",
          newBread({
            title: { de: "Roggenlaib knapp" },
            status: "published",
            food_information: FOOD_INFORMATION,
            variants: [
              { label: { de: "500 g" }, net_quantity: 500, net_unit: "g", price: 3.2, stock: 2 },
              { label: { de: "1 kg" }, net_quantity: 1000, net_unit: "g", price: 5.9, stock: 40 },
            ],
          }),
          network.bakery
        )
      )
      expect(low.status, JSON.stringify(low.data)).toBe(201)
      // A draft running low is not for sale, so not pointed out.
      expect((await outcome(api.post("/producer/products", newBread({ title: { de: "Entwurf knapp" }, variants: [{ label: { de: "1 kg" }, net_quantity: 1000, net_unit: "g", price: 4, stock: 1 }] }), network.bakery))).status).toBe(201)
      const ledger = getContainer().resolve("ledger") as any
      await ledger.createOrderParts([
        ...["open", "open", "ready_for_pickup", "fulfilled", "delivered", "canceled"].map((status, i) => ({ order_id: `order_dashboard_${i}`, producer_id: network.ids.bakery, currency_code: "eur", status })),
        { order_id: "order_dashboard_mill", producer_id: network.ids.mill, currency_code: "eur", status: "open" },
      ])

      const { data } = await api.get("/producer/dashboard", network.bakery)
      // What the full product list says, read the long way.
      const { data: list } = await api.get("/producer/products?limit=100", network.bakery)
      expect(list.count).toBeLessThanOrEqual(100)
      const lowLines = list.products
        .filter((product: any) => product.status === "published")
        .flatMap((product: any) => product.variants.filter((v: any) => v.stock !== null && v.stock <= 3).map((v: any) => ({ product_id: product.id, title: product.title, variant: v.title, stock: v.stock })))
      expect(lowLines).toContainEqual({ product_id: low.data.product.id, title: "Roggenlaib knapp", variant: "500 g", stock: 2 })
      expect(data.dashboard.low_stock).toEqual({ count: lowLines.length, named: expect.arrayContaining(lowLines.slice(0, 5)) })
      expect(data.dashboard.products_without_food_information).toBe(list.products.filter((product: any) => !product.food_information).length)
      const count = async (status?: string) => (await ledger.listAndCountOrderParts({ producer_id: network.ids.bakery, ...(status ? { status } : {}) }))[1]
      expect(data.dashboard.order_parts).toEqual({ open: await count("open"), ready_for_pickup: await count("ready_for_pickup"), fulfilled: await count("fulfilled"), total: await count() })
      expect(data.dashboard.order_parts).toMatchObject({ open: 2, ready_for_pickup: 1, fulfilled: 1 })
      expect(data.dashboard.set_up).toBe(true)

      // Selling the last two of the low pack (stock set to 0) keeps it named, with 0 left.
      const small = low.data.product.variants.find((v: any) => v.label.de === "500 g")
      await api.post(`/producer/products/${low.data.product.id}`, { variants: [{ id: small.id, stock: 0 }] }, network.bakery)
      const after = (await api.get("/producer/dashboard", network.bakery)).data.dashboard
      expect(after.low_stock.named[0]).toEqual({ product_id: low.data.product.id, title: "Roggenlaib knapp", variant: "500 g", stock: 0 })
      expect((await outcome(api.get("/producer/dashboard?limit=5", network.bakery))).status).toBe(400)
      expect((await outcome(api.get("/producer/dashboard", { headers: {} }))).status).toBe(401)
    })

    describe("while the association requires review of what shoppers see", () => {
      const requireReview = async (required: boolean) => {
        const answer = await outcome(api.post("/admin/product-review-setting", { required }, network.admin))
        expect(answer.status, JSON.stringify(answer.data)).toBe(200)
        expect(answer.data.product_review).toEqual({ required })
      }
      const waiting = async () => (await api.get("/admin/change-requests", network.admin)).data
      /** A published loaf with its food information, made while review is off. */
      const publishedLoaf = async () => {
        const made = await outcome(api.post("/producer/products", newBread({ status: "published", food_information: FOOD_INFORMATION }), network.bakery))
        expect(made.status, JSON.stringify(made.data)).toBe(201)
        return made.data.product.id as string
      }

      it("makes a new product to be published a draft whose publication waits; approved, the shop shows it; a second approval is 409", async () => {
        expect((await api.get("/admin/product-review-setting", network.admin)).data.product_review).toEqual({ required: false })
        await requireReview(true)
        const made = await outcome(api.post("/producer/products", newBread({ status: "published", food_information: FOOD_INFORMATION }), network.bakery))
        expect(made.status, JSON.stringify(made.data)).toBe(201)
        expect(made.data.product).toMatchObject({ status: "draft", pending_review: true, change_request: { status: "pending", proposed: { status: "published" }, reason: null } })
        expect(made.data.change_request_id).toBe(made.data.product.change_request.id)
        expect(await onStore(made.data.product.handle)).toBeNull()

        const list = await waiting()
        expect(list).toMatchObject({ count: 1, review_required: true })
        expect(list.change_requests[0]).toMatchObject({
          status: "pending",
          product: { id: made.data.product.id, title: "Dinkelkruste", status: "draft" },
          producer: { id: network.ids.bakery, name: "Testbäckerei" },
          changes: [{ field: "status", before: "draft", after: "published" }],
        })
        const id = list.change_requests[0].id
        const approved = await outcome(api.post(`/admin/change-requests/${id}/approve`, {}, network.admin))
        expect(approved.status, JSON.stringify(approved.data)).toBe(200)
        expect(approved.data.change_request).toMatchObject({ status: "approved", product: { status: "published" } })
        expect(await onStore(made.data.product.handle)).toMatchObject({ title: "Dinkelkruste" })
        expect((await api.get(`/producer/products/${made.data.product.id}`, network.bakery)).data.product).toMatchObject({ status: "published", pending_review: false, change_request: null })
        expect((await outcome(api.post(`/admin/change-requests/${id}/approve`, {}, network.admin))).status).toBe(409)
        expect((await waiting()).count).toBe(0)
      })

      it("holds a published product's texts but lets price and stock through; a later change folds in; turned down, the product stays and the producer reads why", async () => {
        const loaf = await publishedLoaf()
        const { data: before } = await api.get(`/producer/products/${loaf}`, network.bakery)
        expect(before.product.status).toBe("published")
        await requireReview(true)
        const variant = before.product.variants[0]
        // A form sends every field: what is as it was does not wait, a price goes through.
        const texts = (text: { de: string; en: string | null }) => (text.en ? text : { de: text.de })
        const unchanged = await api.post(
          `/producer/products/${loaf}`,
          {
            title: texts(before.product.title),
            description: texts(before.product.description),
            category_id: before.product.category_id,
            type_id: before.product.type_id,
            chilled: before.product.chilled,
            season_months: [...before.product.season_months].reverse(),
            variants: [{ id: variant.id, price: 5.5 }],
          },
          network.bakery
        )
        expect(unchanged.data.product).toMatchObject({ change_request: null, pending_review: false })
        expect(unchanged.data.change_request_id).toBeNull()
        expect(unchanged.data.product.variants.find((v: any) => v.id === variant.id).price).toBe(5.5)
        const changed = await outcome(
          api.post(`/producer/products/${loaf}`, { title: { de: "Bauernbrot neu" }, variants: [{ id: variant.id, price: 6.1, stock: 9 }] }, network.bakery)
        )
        expect(changed.status, JSON.stringify(changed.data)).toBe(200)
        expect(changed.data.product.title).toEqual(before.product.title)
        expect(changed.data.product.variants.find((v: any) => v.id === variant.id)).toMatchObject({ price: 6.1, stock: 9 })
        expect(changed.data.product.change_request).toMatchObject({ status: "pending", proposed: { title: { de: "Bauernbrot neu" } } })
        const requestId = changed.data.product.change_request.id
        expect(changed.data.change_request_id).toBe(requestId)
        // A price alone, while the texts wait, goes through and holds nothing new.
        expect((await api.post(`/producer/products/${loaf}`, { variants: [{ id: variant.id, price: 6.2 }] }, network.bakery)).data.change_request_id).toBeNull()
        const again = await api.post(`/producer/products/${loaf}`, { chilled: true, season_months: [6, 7] }, network.bakery)
        expect(again.data.product.change_request).toMatchObject({ id: requestId, proposed: { title: { de: "Bauernbrot neu" }, chilled: true, season_months: [6, 7] } })
        expect(again.data.product).toMatchObject({ chilled: before.product.chilled, season_months: before.product.season_months })

        const [request] = (await waiting()).change_requests
        expect(request.changes).toEqual([
          { field: "title", before: before.product.title, after: { de: "Bauernbrot neu", en: null } },
          { field: "chilled", before: before.product.chilled, after: true },
          { field: "season_months", before: before.product.season_months, after: [6, 7] },
        ])
        for (const [what, body] of [["no reason", {}], ["a reason of two letters", { reason: "no" }], ["an unknown field", { reason: "Bitte belegen", status: "approved" }]] as const) {
          expect((await outcome(api.post(`/admin/change-requests/${requestId}/reject`, body, network.admin))).status, what).toBe(400)
        }
        expect((await outcome(api.post("/admin/change-requests/pchg_does_not_exist/reject", { reason: "Bitte belegen" }, network.admin))).status).toBe(404)
        const reason = "Der neue Name verschweigt, dass es ein Roggenbrot ist."
        const rejected = await outcome(api.post(`/admin/change-requests/${requestId}/reject`, { reason }, network.admin))
        expect(rejected.status, JSON.stringify(rejected.data)).toBe(200)
        const { data: after } = await api.get(`/producer/products/${loaf}`, network.bakery)
        expect(after.product).toMatchObject({ title: before.product.title, chilled: before.product.chilled, pending_review: false, change_request: { status: "rejected", reason } })
        expect((await outcome(api.post(`/admin/change-requests/${requestId}/approve`, {}, network.admin))).status).toBe(409)
      })

      it("lets everything through while review is off; taking a product offline withdraws what waits; two approvals at once apply it once", async () => {
        const loaf = await publishedLoaf()
        const title = { de: "Bauernbrot sofort", en: "Farmhouse loaf now" }
        expect((await api.post(`/producer/products/${loaf}`, { title }, network.bakery)).data.product).toMatchObject({ title, change_request: null })

        await requireReview(true)
        await api.post(`/producer/products/${loaf}`, { title: { de: "Bauernbrot später" } }, network.bakery)
        const offline = await api.post(`/producer/products/${loaf}`, { status: "draft" }, network.bakery)
        expect(offline.data.product).toMatchObject({ status: "draft", title, change_request: null })
        expect((await waiting()).count).toBe(0)
        expect((await api.get("/admin/change-requests?status=withdrawn", network.admin)).data.count).toBe(1)

        // A draft without food information cannot even ask to be published: refused at once, nothing waits.
        const { data: bare } = await api.post("/producer/products", newBread({ title: { de: "Brot ohne Angaben" } }), network.bakery)
        const asked = await outcome(api.post(`/producer/products/${bare.product.id}`, { status: "published" }, network.bakery))
        expect(asked.status).toBe(400)
        expect(asked.data.message).toMatch(/food information/)
        expect((await waiting()).count).toBe(0)

        // Published again through a request; two association members approve it at the same moment.
        await api.post(`/producer/products/${loaf}`, { status: "published" }, network.bakery)
        const [request] = (await waiting()).change_requests
        const answers = await Promise.all([0, 1].map(() => outcome(api.post(`/admin/change-requests/${request.id}/approve`, {}, network.admin))))
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
        expect((await api.get(`/producer/products/${loaf}`, network.bakery)).data.product.status).toBe("published")

        // Turning review off leaves nothing waiting unseen: the list still names what waits.
        await api.post(`/producer/products/${loaf}`, { title: { de: "Bauernbrot wartet" } }, network.bakery)
        await requireReview(false)
        expect((await waiting()).count).toBe(1)
      })

      it("refuses bad settings and queries with 400, answers 401 without the association's login", async () => {
        for (const body of [{ required: "yes" }, {}, { required: true, extra: 1 }]) {
          expect((await outcome(api.post("/admin/product-review-setting", body, network.admin))).status, JSON.stringify(body)).toBe(400)
        }
        expect((await api.get("/admin/product-review-setting", network.admin)).data.product_review).toEqual({ required: false })
        for (const query of ["status=maybe", "limit=500", "sort=id", "status=%00"]) {
          expect((await outcome(api.get(`/admin/change-requests?${query}`, network.admin))).status, query).toBe(400)
        }
        expect((await outcome(api.get("/admin/change-requests"))).status).toBe(401)
        expect((await outcome(api.get("/admin/change-requests", network.bakery))).status).toBe(401)
        expect((await outcome(api.post("/admin/product-review-setting", { required: false }, network.bakery))).status).toBe(401)
      })
    })
  },
})
