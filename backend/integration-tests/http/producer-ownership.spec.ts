import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createLinksWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAssociationAdmin, outcome } from "./helpers/http"
import { pluginRoutes, type Route } from "./helpers/plugin-routes"
import { createProducersWorkflow } from "@genussnetz/producers/workflows"
import { createClaimsWorkflow, createProductInputsWorkflow, createSupplyLinksWorkflow } from "@genussnetz/provenance/workflows"

const backendDir = join(__dirname, "..", "..")
type Api = any

const town = { town: "Bamberg", district: "Bamberg", latitude: 49.8917, longitude: 10.8917 }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }: { api: Api; getContainer: () => any }) => {
    /** The acting producer's records (`own`) and others' (`others`), by the path's kind. */
    const own: Record<string, string> = {}
    const others: Record<string, string> = {}
    let asActor: { headers: Record<string, string> }
    let actorId: string
    let admin: Awaited<ReturnType<typeof loginAssociationAdmin>>
    let routes: Route[]

    beforeAll(async () => {
      const container = getContainer()
      const { result: producers } = await createProducersWorkflow(container).run({
        input: {
          producers: ["actor", "neighbour", "stranger"].map((name) => ({
            handle: `muehle-${name}`,
            name: `Mühle ${name}`,
            craft: "mill" as const,
            story: "Eine erfundene Mühle für den Test.",
            ...town,
          })),
        },
      })
      const [actor, neighbour, stranger] = producers
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: producers.map((p: { handle: string }) => ({
            title: `Mehl von ${p.handle}`,
            status: "published" as const,
            images: [{ url: `https://fotos.genussnetz.test/${p.handle}.webp` }],
            options: [{ title: "Packung", values: ["1 kg"] }],
            variants: [{ title: "1 kg", options: { Packung: "1 kg" }, manage_inventory: false, prices: [] }],
          })),
        },
      })
      await createLinksWorkflow(container).run({
        input: producers.map((producer: { id: string }, i: number) => ({
          producer: { producer_id: producer.id },
          [Modules.PRODUCT]: { product_id: products[i].id },
        })),
      })
      const { result: links } = await createSupplyLinksWorkflow(container).run({
        input: {
          supply_links: [
            { supplier_id: actor.id, customer_id: neighbour.id, material: "Roggen", step: "mill" },
            { supplier_id: stranger.id, customer_id: neighbour.id, material: "Weizen", step: "mill" },
            { supplier_id: neighbour.id, customer_id: actor.id, material: "Roggen", step: "grow" },
            { supplier_id: neighbour.id, customer_id: stranger.id, material: "Roggen", step: "grow" },
          ],
        },
      })
      // What goes into the actor's flour and into the stranger's.
      const { result: inputs } = await createProductInputsWorkflow(container).run({
        input: { product_inputs: [{ product_id: products[0].id, supply_link_id: links[2].id }, { product_id: products[2].id, supply_link_id: links[3].id }] },
      })
      own["product-inputs"] = inputs[0].id
      others["product-inputs"] = inputs[1].id
      // Parts of two shoppers' orders (the ledger's records; the orders need not exist for ownership).
      const [ownPart, othersPart] = await container.resolve("ledger").createOrderParts([
        { order_id: "order_of_shopper_one", producer_id: actor.id, currency_code: "eur" },
        { order_id: "order_of_shopper_two", producer_id: stranger.id, currency_code: "eur" },
      ])
      actorId = actor.id
      own["order-parts"] = ownPart.id
      others["order-parts"] = othersPart.id
      own.products = products[0].id
      others.products = products[1].id
      const imageOf = async (productId: string) =>
        (await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["images.id"], filters: { id: productId } })).data[0].images[0].id
      // A record inside another (a product's photo) is named by its kind and parameter.
      own["products/photo_id"] = await imageOf(products[0].id)
      others["products/photo_id"] = await imageOf(products[1].id)
      // A photo on each business's own profile.
      const producerModule = container.resolve("producer")
      for (const [records, producer] of [[own, actor], [others, stranger]] as const) {
        const photoId = `pdph_${producer.handle.replace(/-/g, "_")}`
        await producerModule.updateProducers({ id: producer.id, photos: [{ id: photoId, width: 800, height: 600, sizes: [] }] })
        records["profile-photos"] = photoId
      }
      // A post of each on the cooperation board.
      const window = { available_from: new Date(Date.now() + 86_400_000), available_until: new Date(Date.now() + 90 * 86_400_000) }
      const [ownPost, othersPost] = await container.resolve("cooperation").createCooperationPosts([
        { producer_id: actor.id, kind: "need", material: "Roggen", step: "mill", quantity: 200, unit: "kg", ...window },
        { producer_id: stranger.id, kind: "offer", material: "Roggen", step: "mill", quantity: 5, unit: "t", ...window },
      ])
      own["cooperation-posts"] = ownPost.id
      others["cooperation-posts"] = othersPost.id
      // And an outlet each declared beside genussnetz.
      const [ownOutlet, othersOutlet] = await container.resolve("cooperation").createSalesOutlets([
        { producer_id: actor.id, name: "Hofladen", kind: "farm_shop", monthly_revenue: 500 },
        { producer_id: stranger.id, name: "Wochenmarkt", kind: "market", monthly_revenue: 800 },
      ])
      own["sales-outlets"] = ownOutlet.id
      others["sales-outlets"] = othersOutlet.id
      own["products/variant_id"] = products[0].variants[0].id
      others["products/variant_id"] = products[1].variants[0].id
      own["supply-links"] = links[0].id
      others["supply-links"] = links[1].id
      const { result: claims } = await createClaimsWorkflow(container).run({
        input: {
          claims: [actor, stranger].map((producer: { id: string }) => ({
            producer_id: producer.id, type: "regional_verified" as const, label: "Regional", issuer: "Verband", valid_from: new Date("2025-01-01"),
          })),
        },
      })
      own.claims = claims[0].id
      others.claims = claims[1].id

      admin = await loginAssociationAdmin(container, api)
      const login = { email: "actor@genussnetz.test", password: "actor-passwort-1" }
      await api.post(`/admin/producers/${actor.id}/logins`, login, admin)
      asActor = { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }

      // The team: each producer's owner login is a member; an open invitation of each.
      const team = getContainer().resolve("producer")
      const strangerLogin = { email: "stranger@genussnetz.test", password: "stranger-passwort-1" }
      await api.post(`/admin/producers/${stranger.id}/logins`, strangerLogin, admin)
      const [ownMember] = await team.listProducerMembers({ producer_id: actor.id })
      const [othersMember] = await team.listProducerMembers({ producer_id: stranger.id })
      own.members = ownMember.id
      others.members = othersMember.id
      const invite = (producer_id: string, email: string) =>
        team.createProducerInvitations({ producer_id, email, role: "staff", token_hash: `hash-of-${email}`, expires_at: new Date(Date.now() + 86_400_000) })
      own.invitations = (await invite(actor.id, "helfer@actor.test")).id
      others.invitations = (await invite(stranger.id, "helfer@stranger.test")).id

      routes = (await pluginRoutes()).filter((route) => route.matcher.startsWith("/producer/"))
    })

    /** The route's path for records: the first parameter a record of the path's kind, any later one a record inside it. */
    function pathFor(route: Route, records: Record<string, string>, id: string) {
      const kind = route.matcher.split("/")[2]
      let first = true
      return route.matcher.replace(/:([^/]+)/g, (_m, param: string) => {
        const value = first ? id : (records[`${kind}/${param}`] ?? id)
        first = false
        return encodeURIComponent(value)
      })
    }

    async function send(route: Route, id: string, records: Record<string, string> = {}) {
      const url = pathFor(route, records, id)
      const method = route.method.toLowerCase()
      return outcome(["get", "delete"].includes(method) ? api[method](url, asActor) : api[method](url, {}, asActor))
    }

    it("finds the producer routes the app registers, among them routes that name a record by id", () => {
      expect(routes.length).toBeGreaterThanOrEqual(5)
      expect(routes.filter((route) => route.matcher.includes("/:")).length).toBeGreaterThanOrEqual(2)
    })

    it("answers 404 on every producer route that names another producer's record, and not on its own", async () => {
      const withId = routes.filter((route) => route.matcher.includes("/:"))
      for (const route of withId) {
        const kind = route.matcher.split("/")[2]
        // A new kind of record needs an ownership rule (api/producer/ownership.ts) and a pair here.
        expect(Object.keys(own), `no fixture for records of kind "${kind}" (${route.method} ${route.matcher})`).toContain(kind)
        const foreign = await send(route, others[kind], others)
        expect(foreign.status, `${route.method} ${route.matcher} with another's ${kind}`).toBe(404)
        expect(foreign.data.message).toMatch(/not found|was found/i)
        const mine = await send(route, own[kind], own)
        expect(mine.status, `${route.method} ${route.matcher} with its own ${kind}`).not.toBe(404)
        expect(mine.status).toBeLessThan(500)
        const unknown = await send(route, `${kind.replace(/-/g, "_")}_does_not_exist`)
        expect(unknown.status, `${route.method} ${route.matcher} with an unknown id`).toBe(404)
      }
    })

    it("refuses bodies that name another producer's product, and writes nothing", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      const [inputsBefore, claimsBefore] = [await count("product_input"), await count("claim")]

      const input = await outcome(
        api.post("/producer/product-inputs", { product_id: others.products, supply_link_id: own["supply-links"] }, asActor)
      )
      expect(input.status).toBe(404)
      const claim = await outcome(
        api.post("/producer/claims", { type: "regional_verified", label: "Regional geprüft", issuer: "Verband", product_id: others.products, valid_from: "2026-01-01" }, asActor)
      )
      expect(claim.status).toBe(404)

      expect(await count("product_input")).toBe(inputsBefore)
      expect(await count("claim")).toBe(claimsBefore)
    })

    it("answers 403 to staff on exactly the owner's routes (the team, the payout data), and not on the others", async () => {
      // What only the owner may do; every other producer route is the whole team's.
      const OWNER_ONLY = new Set(["POST /producer/invitations", "DELETE /producer/invitations/:id", "DELETE /producer/members/:id", "POST /producer/payout-details", "POST /producer/stripe-onboarding"])
      const login = { email: "geselle@actor.test", password: "geselle-passwort-1" }
      await api.post(`/admin/producers/${actorId}/logins`, login, admin)
      const team = getContainer().resolve("producer")
      const [member] = await team.listProducerMembers({ email: login.email })
      await team.updateProducerMembers({ id: member.id, role: "staff" })
      const asStaff = { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", login)).data.token}` } }
      for (const owned of OWNER_ONLY) expect(routes.map((route) => `${route.method} ${route.matcher}`), owned).toContain(owned)
      for (const route of routes) {
        const kind = route.matcher.split("/")[2]
        const url = pathFor(route, own, own[kind] ?? own.products)
        const method = route.method.toLowerCase()
        const answer = await outcome(["get", "delete"].includes(method) ? api[method](url, asStaff) : api[method](url, {}, asStaff))
        const key = `${route.method} ${route.matcher}`
        if (OWNER_ONLY.has(key)) expect(answer.status, key).toBe(403)
        else {
          expect(answer.status, key).not.toBe(403)
          expect(answer.status, key).toBeLessThan(500)
        }
      }
    })

    it("answers 401 on every producer route without a login, and to a shopper's and the association's logins", async () => {
      // A shopper with an account: registered, made a customer through the Store API, logged in.
      const [key] = await getContainer().resolve(Modules.API_KEY).createApiKeys([{ title: "Shop", type: "publishable", created_by: "test" }])
      const shopper = { email: "kundin@genussnetz.test", password: "kundin-passwort-1" }
      const registered = (await api.post("/auth/customer/emailpass/register", shopper)).data.token
      await api.post("/store/customers", { email: shopper.email }, { headers: { authorization: `Bearer ${registered}`, "x-publishable-api-key": key.token } })
      const asShopper = { headers: { authorization: `Bearer ${(await api.post("/auth/customer/emailpass", shopper)).data.token}` } }
      expect((await api.get("/store/customers/me", { headers: { ...asShopper.headers, "x-publishable-api-key": key.token } })).data.customer.email).toBe(shopper.email)
      for (const [who, headers] of [["nobody", {}], ["a shopper", asShopper], ["the association", admin]] as const) {
        for (const route of routes) {
          const url = route.matcher.replace(/:[^/]+/g, own.products)
          const method = route.method.toLowerCase()
          const response = await outcome(["get", "delete"].includes(method) ? api[method](url, headers) : api[method](url, {}, headers))
          expect(response.status, `${who}: ${route.method} ${route.matcher}`).toBe(401)
        }
      }
    })

    it("answers 401 on every admin route of the plugins without a login and to a producer's login (the association's tools are its own)", async () => {
      const adminRoutes = (await pluginRoutes()).filter((route) => route.matcher.startsWith("/admin/"))
      expect(adminRoutes.map((route) => `${route.method} ${route.matcher}`)).toEqual(
        expect.arrayContaining(["GET /admin/resilience/single-points", "POST /admin/resilience/what-if", "GET /admin/supply-links"])
      )
      for (const [who, headers] of [["nobody", {}], ["a producer", asActor]] as const) {
        for (const route of adminRoutes) {
          const url = route.matcher.replace(/:[^/]+/g, own.products)
          const method = route.method.toLowerCase()
          const response = await outcome(["get", "delete"].includes(method) ? api[method](url, headers) : api[method](url, {}, headers))
          expect(response.status, `${who}: ${route.method} ${route.matcher}`).toBe(401)
        }
      }
    })

    it("lets nobody register a producer login: the route is closed, no identity is made, the association's logins still work", async () => {
      const auth = getContainer().resolve(Modules.AUTH)
      const identitiesBefore = (await auth.listProviderIdentities({ provider: "emailpass" })).length
      for (const body of [{ email: "fremd@genussnetz.test", password: "ein-langes-passwort" }, { email: "actor@genussnetz.test", password: "actor-passwort-1" }, {}]) {
        const refused = await outcome(api.post("/auth/producer/emailpass/register", body))
        expect(refused.status, JSON.stringify(body)).toBe(403)
        expect(refused.data.message).toMatch(/the association creates them/)
      }
      expect((await auth.listProviderIdentities({ provider: "emailpass" })).length).toBe(identitiesBefore)
      expect((await outcome(api.post("/auth/producer/emailpass", { email: "fremd@genussnetz.test", password: "ein-langes-passwort" }))).status).toBe(401)
      expect((await outcome(api.post("/auth/producer/emailpass", { email: "actor@genussnetz.test", password: "actor-passwort-1" }))).status).toBe(200)
    })

    it("answers 429 after five failed logins for one producer address, also to the right password, and lets the others in", async () => {
      const wrong = { email: "Actor@genussnetz.test", password: "falsch-geraten-1" }
      for (let attempt = 0; attempt < 5; attempt++) expect((await outcome(api.post("/auth/producer/emailpass", wrong))).status).toBe(401)
      const limited = await outcome(api.post("/auth/producer/emailpass", { email: "actor@genussnetz.test", password: "actor-passwort-1" }))
      expect(limited.status).toBe(429)
      expect(limited.data.message).toMatch(/Too many failed logins: try again in 15 minutes/)
      // Another business's login is not held up by this one's guesses.
      const stranger = await outcome(api.post("/auth/producer/emailpass", { email: "stranger@genussnetz.test", password: "irgendwas-1" }))
      expect(stranger.status).toBe(401)
    })
  },
})
