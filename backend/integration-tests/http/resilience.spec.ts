import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { StoreRegionalAlternatives } from "@genussnetz/cooperation/http"
import { LEDGER_MODULE, type LedgerModuleService } from "@genussnetz/marketplace/modules/ledger"
import expireCooperationPosts from "../../../plugins/cooperation/src/jobs/expire-cooperation-posts"
import { seedNetwork } from "../../../seed"
import { planProducts } from "../../../seed/plan"
import { readyCart } from "./helpers/checkout"
import { eventually, loginAssociationAdmin, outcome, type Headers } from "./helpers/http"

process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))

const backendDir = join(__dirname, "..", "..")

/**
 * The seeded network when the slaughterhouse in Thurnau (Landkreis Kulmbach) closes. Read off the
 * seed's recipes: it is the only one delivering pork leg (Schweinekeule) to the four butchers who
 * smoke ham, and Schäufele to two inns; its own three products go with it. The inn in Bayreuth
 * buys Rinderbraten of it, which the slaughterhouse in Bad Staffelstein delivers to others too —
 * 46 km from Bayreuth, so within the default reach of 50 km and beyond one of 40.
 */
const CLOSED = "schlachthof-rothenbach"
const LOST = [
  "schinken-geraeuchert-landmetzgerei-strobel",
  "schinken-geraeuchert-metzgerei-hoehn",
  "schinken-geraeuchert-metzgerei-bauernfeind",
  "schinken-geraeuchert-hausmetzgerei-frank",
  "schweineschulter-schaeufele-schlachthof-rothenbach",
  "rinderbraten-schlachthof-rothenbach",
  "suppenfleisch-rind-schlachthof-rothenbach",
  "schaeufele-im-glas-gasthaus-zur-linde",
  "schaeufele-im-glas-landgasthof-frankenhoehe",
]
const SWITCHING = "sauerbraten-im-glas-wirtshaus-am-markt-bayreuth"
const STEPPING_IN = "schlachtstaette-forkel"
const HIT = ["gasthaus-zur-linde", "hausmetzgerei-frank", "landgasthof-frankenhoehe", "landmetzgerei-strobel", "metzgerei-bauernfeind", "metzgerei-hoehn", "wirtshaus-am-markt-bayreuth"]

const cents = (euros: number) => Math.round(euros * 100)
/** A producer whose records the butcher must not reach. */
const MILL_OF_OTHERS = "talmuehle-wagenknecht"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    const productIdOf = new Map<string, string>()
    const handleOf = new Map<string, string>()
    const producerIdOf = new Map<string, string>()
    const producerHandleOf = new Map<string, string>()

    beforeAll(async () => {
      const seeded = await seedNetwork(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await loginAssociationAdmin(getContainer(), api)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
      for (const product of products) {
        productIdOf.set(product.handle, product.id)
        handleOf.set(product.id, product.handle)
      }
      const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle"] })
      for (const producer of producers) {
        producerIdOf.set(producer.handle, producer.id)
        producerHandleOf.set(producer.id, producer.handle)
      }
    })

    const whatIf = (body: unknown) => outcome(api.post("/admin/resilience/what-if", body, admin))
    const handles = (products: { id: string }[]) => products.map((product) => handleOf.get(product.id)).sort()

    /** One order of `quantity` of a seeded product's first pack size; answers the order with its lines' totals as the Order Module computes them. */
    async function order(handle: string, quantity: number, email: string) {
      const planned = planProducts().find((p) => p.handle === handle)!
      expect(planned.soldOut, `${handle} is sold out in the seed`).toBeFalsy()
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [product] } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle } })
      const cartId = await readyCart(api, store, [{ variant_id: product.variants[0].id, quantity }], email)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type, JSON.stringify(data)).toBe("order")
      const { data: [placed] } = await query.graph({ entity: "order", fields: ["id", "total", "items.total", "items.product_id"], filters: { id: data.order.id } })
      return placed as { id: string; items: { total: number; product_id: string }[] }
    }

    describe("what if the slaughterhouse in Thurnau closes", () => {
      it("answers the products that lose their chain, the one that can switch (and to whom), and the producers hit", async () => {
        const answer = await whatIf({ producer_ids: [producerIdOf.get(CLOSED)] })
        expect(answer.status, JSON.stringify(answer.data)).toBe(200)
        const { data } = answer
        expect(data.closed.map((closed: any) => closed.handle)).toEqual([CLOSED])
        expect(handles(data.products.filter((p: any) => p.verdict === "lost"))).toEqual([...LOST].sort())
        expect(handles(data.products.filter((p: any) => p.verdict === "switch"))).toEqual([SWITCHING])
        expect([data.lost_count, data.can_switch_count]).toEqual([LOST.length, 1])
        expect(data.producers_hit.map((hit: any) => hit.producer.handle).sort()).toEqual(HIT)

        const switching = data.products.find((p: any) => handleOf.get(p.id) === SWITCHING)
        expect(switching.title).toBe(planProducts().find((p) => p.handle === SWITCHING)!.template.title.de)
        expect(switching.cut).toHaveLength(1)
        expect(switching.cut[0].material).toBe("Rinderbraten")
        expect(switching.cut[0].supplier.handle).toBe(CLOSED)
        expect(switching.cut[0].alternatives.map((a: any) => a.producer.handle)).toEqual([STEPPING_IN])
        expect(switching.cut[0].alternatives[0].distance_km).toBeGreaterThan(40)
        expect(switching.cut[0].alternatives[0].distance_km).toBeLessThan(50)
        const own = data.products.filter((p: any) => p.maker_closed)
        expect(own.map((p: any) => handleOf.get(p.id)).sort()).toEqual(LOST.filter((handle) => handle.endsWith(CLOSED)).sort())
        expect(own.every((p: any) => p.cut.length === 0)).toBe(true)
      })

      it("closes the same business as 'all slaughterhouses in Landkreis Kulmbach', whatever the case of the district", async () => {
        const byId = (await whatIf({ producer_ids: [producerIdOf.get(CLOSED)] })).data
        const byDistrict = await whatIf({ craft: "slaughterhouse", district: "landkreis kulmbach" })
        expect(byDistrict.status, JSON.stringify(byDistrict.data)).toBe(200)
        expect(byDistrict.data.closed.map((closed: any) => closed.handle)).toEqual([CLOSED])
        expect(byDistrict.data.products).toEqual(byId.products)
        // A district without slaughterhouses: nothing closes, nothing is affected.
        const none = await whatIf({ craft: "slaughterhouse", district: "Landkreis Hof" })
        expect([none.status, none.data.closed, none.data.products]).toEqual([200, [], []])
      })

      it("loses the Sauerbraten too when nobody within 40 km delivers Rinderbraten", async () => {
        const { data } = await whatIf({ producer_ids: [producerIdOf.get(CLOSED)], reach_km: 40 })
        expect(handles(data.products.filter((p: any) => p.verdict === "lost"))).toEqual([...LOST, SWITCHING].sort())
        expect(data.can_switch_count).toBe(0)
      })

      it("counts the monthly revenue at risk from the last 90 days of orders, without a cancelled order or a producer's cancelled part", async () => {
        const before = (await whatIf({ producer_ids: [producerIdOf.get(CLOSED)] })).data
        expect([before.revenue.monthly_at_risk, before.revenue.monthly_switching]).toEqual([0, 0])

        const roast = await order("rinderbraten-schlachthof-rothenbach", 2, "braten@example.org")
        const sauerbraten = await order(SWITCHING, 1, "glas@example.org")
        // Unaffected: a beer of a brewery far from Thurnau's slaughterhouse.
        const beerHandle = planProducts().find((p) => p.producer.craft === "brewery" && !p.soldOut)!.handle
        const beer = await order(beerHandle, 3, "bier@example.org")
        // Called off by the shop: not counted.
        const cancelled = await order("rinderbraten-schlachthof-rothenbach", 5, "storno@example.org")
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: cancelled.id } })
        // Cancelled by the producer (its part of the order): not counted either.
        const partCancelled = await order("rinderbraten-schlachthof-rothenbach", 4, "teilstorno@example.org")
        const ledger = getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
        const [part] = await ledger.listOrderParts({ order_id: partCancelled.id })
        const refused = await outcome(api.post(`/admin/order-parts/${part.id}/cancel`, {}, admin))
        expect(refused.status, JSON.stringify(refused.data)).toBe(200)

        const lineOf = (placed: Awaited<ReturnType<typeof order>>) => placed.items.reduce((sum, item) => sum + cents(item.total), 0)
        const monthlyCents = (ninetyDays: number) => Math.round((ninetyDays * 30) / 90)
        const { data } = await whatIf({ producer_ids: [producerIdOf.get(CLOSED)] })
        expect(cents(data.revenue.monthly_at_risk)).toBe(monthlyCents(lineOf(roast)))
        expect(cents(data.revenue.monthly_switching)).toBe(monthlyCents(lineOf(sauerbraten)))
        expect(data.revenue.sales_window_days).toBe(90)
        const roastAnswer = data.products.find((p: any) => handleOf.get(p.id) === "rinderbraten-schlachthof-rothenbach")
        expect(cents(roastAnswer.monthly_revenue)).toBe(monthlyCents(lineOf(roast)))
        expect(cents(data.closed[0].monthly_revenue)).toBe(monthlyCents(lineOf(roast)))
        // The inn that would have to switch has its Sauerbraten's revenue to switch, none lost.
        const inn = data.producers_hit.find((hit: any) => hit.producer.handle === "wirtshaus-am-markt-bayreuth")
        expect([inn.products_lost, inn.products_switching, inn.monthly_revenue_at_risk]).toEqual([0, 1, 0])

        // What of it stays in the region: each line times its product's regional share (the chain's figures, as the shop shows them).
        const shareOf = async (productId: string) => (await api.get(`/store/products/${productId}/provenance`, store)).data.provenance.figures.regional_share as number
        const byOrder = await api.get(`/admin/resilience/regional-value?order_id=${roast.id}`, admin)
        const roastShare = await shareOf(roast.items[0].product_id)
        expect(byOrder.data.regional_value.paid_total).toBeCloseTo(lineOf(roast) / 100, 2)
        expect(byOrder.data.regional_value.regional_share).toBeCloseTo(roastShare, 2)
        const counted = [roast, sauerbraten, beer]
        let paid = 0
        let regional = 0
        for (const placed of counted) {
          for (const item of placed.items) {
            paid += cents(item.total)
            regional += cents(item.total) * (await shareOf(item.product_id))
          }
        }
        const month = (await api.get(`/admin/resilience/regional-value`, admin)).data
        expect(month.month).toBe(new Date().toISOString().slice(0, 7))
        // The cancelled order and the order whose one part was cancelled have no line left to count.
        expect(month.regional_value.orders).toBe(counted.length)
        expect(cents(month.regional_value.paid_total)).toBe(paid)
        expect(month.regional_value.regional_share).toBeCloseTo(regional / paid, 2)
        for (const bad of ["month=2026-13", "month=1999-01", "month=2026-12&order_id=x", "order_id=%00"]) {
          expect((await outcome(api.get(`/admin/resilience/regional-value?${bad}`, admin))).status, bad).toBe(400)
        }
        expect((await outcome(api.get(`/admin/resilience/regional-value?order_id=order_gibt_es_nicht`, admin))).status).toBe(404)

        // The network's single points, most revenue first: the top one carries at least the roast's
        // (every link of the roast's chain is a single point in the seed).
        const points = await api.get("/admin/resilience/single-points?order=-revenue&limit=5", admin)
        expect(points.data.count).toBeGreaterThan(5)
        const top = points.data.single_points[0]
        expect(top.products.map((p: any) => handleOf.get(p.id))).toContain("rinderbraten-schlachthof-rothenbach")
        expect(cents(top.monthly_revenue)).toBeGreaterThanOrEqual(monthlyCents(lineOf(roast)))
        const revenues = points.data.single_points.map((p: any) => p.monthly_revenue)
        expect(revenues).toEqual([...revenues].sort((a: number, b: number) => b - a))
      })
    })

    describe("the network's single points of failure", () => {
      it("names each with the products depending on it and who could step in; filters by product and by whether someone could", async () => {
        const all = await api.get("/admin/resilience/single-points?limit=200", admin)
        expect(all.status).toBe(200)
        const points = all.data.single_points
        expect(all.data.count).toBe(points.length)
        // Every seeded material comes from one supplier per customer (the second sources still wait for their supplier's word).
        expect(points.length).toBeGreaterThan(100)
        for (const point of points) {
          expect(point.products_count).toBeGreaterThan(0)
          for (const alternative of point.alternatives) {
            expect(alternative.producer.id).not.toBe(point.supplier.id)
            expect(alternative.producer.in_region).toBe(true)
            expect(alternative.distance_km).toBeLessThanOrEqual(50)
          }
        }
        const ham = productIdOf.get("schinken-geraeuchert-metzgerei-hoehn")!
        const ofHam = await api.get(`/admin/resilience/single-points?product_id=${ham}&order=material`, admin)
        expect(ofHam.data.single_points.every((p: any) => p.products.some((product: any) => product.id === ham))).toBe(true)
        const leg = ofHam.data.single_points.find((p: any) => p.material === "Schweinekeule")
        expect([leg.supplier.handle, leg.customer.handle, leg.alternatives]).toEqual([CLOSED, "metzgerei-hoehn", []])
        const withAlternative = await api.get("/admin/resilience/single-points?has_alternative=true&limit=200", admin)
        const without = await api.get("/admin/resilience/single-points?has_alternative=false&limit=200", admin)
        expect(withAlternative.data.single_points.every((p: any) => p.alternatives.length > 0)).toBe(true)
        expect(without.data.single_points.every((p: any) => p.alternatives.length === 0)).toBe(true)
        expect(withAlternative.data.count + without.data.count).toBe(all.data.count)
      })
    })

    describe("the cooperation board", () => {
      const MILL = "talmuehle-wagenknecht"
      const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
      /** A login for the producer, made in the test that needs it. */
      async function login(handle: string): Promise<Headers> {
        const email = `${handle}@board.test`
        const password = `${handle}-passwort-1`
        await api.post(`/admin/producers/${producerIdOf.get(handle)}/logins`, { email, password }, admin)
        const { data } = await api.post("/auth/producer/emailpass", { email, password })
        return { headers: { authorization: `Bearer ${data.token}` } }
      }
      const need = { kind: "need", material: "Roggen", step: "mill", quantity: 200, unit: "kg", rhythm: "week", available_from: days(30), available_until: days(200), radius_km: 50 }

      /** A farm within 50 km of the mill that does not deliver it rye yet. (Each test starts from the seeded database again.) */
      async function nearbyFarm() {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: ryeLinks } = await query.graph({ entity: "supply_link", fields: ["supplier_id"], filters: { customer_id: producerIdOf.get(MILL), material: "Roggen" } })
        const { data: farms } = await query.graph({ entity: "producer", fields: ["id", "handle", "latitude", "longitude", "craft"], filters: { craft: "farm" } })
        const { data: [millPlace] } = await query.graph({ entity: "producer", fields: ["latitude", "longitude"], filters: { handle: MILL } })
        const km = (a: any, b: any) => Math.hypot(a.latitude - b.latitude, (a.longitude - b.longitude) * Math.cos((a.latitude * Math.PI) / 180)) * 111
        const farm = farms
          .filter((f: any) => !ryeLinks.some((link: any) => link.supplier_id === f.id))
          .sort((a: any, b: any) => km(a, millPlace) - km(b, millPlace))[0]
        expect(km(farm, millPlace)).toBeLessThan(45)
        return farm
      }
      const ryeOffer = { kind: "offer", material: "roggen", step: "mill", quantity: 5, unit: "t", rhythm: "month", available_from: days(10), available_until: days(300), radius_km: 60 }

      it("posts a mill's need for rye, finds a nearby farm's offer matching it, tells both, and turns the match into a declared supply link", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const farm = await nearbyFarm()
        const mill = await login(MILL)
        const grower = await login(farm.handle)

        const posted = await outcome(api.post("/producer/cooperation-posts", { ...need, note: "Für unser Steinofenmehl" }, mill))
        expect(posted.status, JSON.stringify(posted.data)).toBe(201)
        const needId = posted.data.cooperation_post.id
        const offer = await outcome(api.post("/producer/cooperation-posts", ryeOffer, grower))
        expect(offer.status, JSON.stringify(offer.data)).toBe(201)
        // Stored as the network spells it.
        expect(offer.data.cooperation_post.material).toBe("Roggen")
        const offerId = offer.data.cooperation_post.id

        const detail = await api.get(`/producer/cooperation-posts/${needId}`, mill)
        expect(detail.data.matches.map((match: any) => match.id)).toContain(offerId)
        const match = detail.data.matches.find((m: any) => m.id === offerId)
        expect(match.producer.handle).toBe(farm.handle)
        expect(match.producer.email).toBeUndefined()
        expect(match.distance_km).toBeLessThan(50)
        const browsed = await api.get("/producer/cooperation-board?kind=offer&material=rog", mill)
        expect(browsed.data.cooperation_posts.find((p: any) => p.id === offerId).matches_own).toEqual([needId])
        expect(browsed.data.cooperation_posts.every((p: any) => p.kind === "offer" && p.producer.handle !== MILL)).toBe(true)

        // Both sides were told: the farm's offer found the mill's need.
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const told = await eventually(
          () => notifications.listNotifications({ template: ["cooperation-match", "cooperation-matches"] }),
          (list: any[]) => list.some((n) => n.template === "cooperation-matches" && n.resource_id === offerId) && list.some((n) => n.template === "cooperation-match" && n.resource_id === needId)
        )
        expect(told.find((n: any) => n.template === "cooperation-matches" && n.resource_id === offerId)!.to).toBe(`kontakt@${farm.handle}.example`)
        expect(told.find((n: any) => n.template === "cooperation-match" && n.resource_id === needId)!.to).toBe(`kontakt@${MILL}.example`)

        // Another producer's post is not found on the mill's routes.
        expect((await outcome(api.post(`/producer/cooperation-posts/${offerId}`, { status: "closed" }, mill))).status).toBe(404)
        expect((await outcome(api.post(`/producer/cooperation-posts/${offerId}/take-up`, { offer_id: needId }, mill))).status).toBe(404)

        // The match becomes a declared supply link in one step; twice at once makes one link.
        const [taken, again] = await Promise.all([
          outcome(api.post(`/producer/cooperation-posts/${needId}/take-up`, { offer_id: offerId }, mill)),
          outcome(api.post(`/producer/cooperation-posts/${needId}/take-up`, { offer_id: offerId }, mill)),
        ])
        const [won, lost] = taken.status === 201 ? [taken, again] : [again, taken]
        expect(won.status, JSON.stringify(won.data)).toBe(201)
        expect(lost.status, JSON.stringify(lost.data)).toBeGreaterThanOrEqual(400)
        expect(lost.status).toBeLessThan(500)
        expect(won.data.supply_link).toMatchObject({ supplier_id: farm.id, customer_id: producerIdOf.get(MILL), material: "Roggen", step: "mill", status: "declared" })
        expect(won.data.cooperation_post).toMatchObject({ status: "closed", supply_link_id: won.data.supply_link.id, met_by_id: offerId })
        const { data: made } = await query.graph({ entity: "supply_link", fields: ["id"], filters: { supplier_id: farm.id, customer_id: producerIdOf.get(MILL) } })
        expect(made).toHaveLength(1)
        // The farm confirms it as any declared link.
        const waiting = await api.get("/producer/supply-links", grower)
        expect(waiting.data.supply_links.find((link: any) => link.id === won.data.supply_link.id).status).toBe("declared")
      })

      it("shows the association the open needs nobody meets, and offers on the board for a single point of failure", async () => {
        const mill = await login(MILL)
        const farm = await nearbyFarm()
        const offered = await outcome(api.post("/producer/cooperation-posts", ryeOffer, await login(farm.handle)))
        expect(offered.status, JSON.stringify(offered.data)).toBe(201)
        const lonely = await outcome(api.post("/producer/cooperation-posts", { ...need, material: "Dinkel", radius_km: 1 }, mill))
        expect(lonely.status, JSON.stringify(lonely.data)).toBe(201)
        const unmet = await api.get("/admin/cooperation-posts?unmet=true", admin)
        expect(unmet.data.cooperation_posts.map((p: any) => p.id)).toContain(lonely.data.cooperation_post.id)
        expect(unmet.data.cooperation_posts.every((p: any) => p.kind === "need" && p.matches === 0)).toBe(true)

        // The mill's rye comes from one supplier: a single point, with the farm's offer beside it.
        const flour = planProducts().find((p) => p.producer.handle === MILL && p.template.slug.includes("roggen"))
        expect(flour, "the mill makes a rye product in the seed").toBeDefined()
        const points = await api.get(`/admin/resilience/single-points?product_id=${productIdOf.get(flour!.handle)}`, admin)
        const rye = points.data.single_points.find((point: any) => point.material === "Roggen" && point.customer.handle === MILL)
        expect(rye.offers.map((o: any) => [o.id, o.producer.handle])).toEqual([[offered.data.cooperation_post.id, farm.handle]])
      })

      it("lets posts expire with their window: the hourly job marks them, the board shows them no more", async () => {
        const board = getContainer().resolve<any>("cooperation")
        const base = { producer_id: producerIdOf.get(MILL), kind: "need", material: "Roggen", step: "mill", quantity: 1, unit: "t" }
        const [passed, running] = await board.createCooperationPosts([
          { ...base, available_from: new Date(Date.now() - 30 * 86_400_000), available_until: new Date(Date.now() - 3_600_000) },
          { ...base, available_from: new Date(), available_until: new Date(Date.now() + 30 * 86_400_000) },
        ])
        const unmetIds = async () => (await api.get("/admin/cooperation-posts?unmet=true", admin)).data.cooperation_posts.map((p: any) => p.id)
        // Hidden from the board from the moment its window ends, before the job runs.
        expect(await unmetIds()).not.toContain(passed.id)
        expect(await unmetIds()).toContain(running.id)
        expect(await expireCooperationPosts(getContainer())).toEqual({ expired: 1 })
        const statuses = await board.listCooperationPosts({ id: [passed.id, running.id] }, { select: ["id", "status"] })
        expect(Object.fromEntries(statuses.map((p: any) => [p.id, p.status]))).toEqual({ [passed.id]: "expired", [running.id]: "open" })
        expect(await expireCooperationPosts(getContainer())).toEqual({ expired: 0 })
      })

      it("refuses a window in the past, an unknown material, a quantity of 0 or less, and a craft on an offer, writing nothing", async () => {
        const mill = await login(MILL)
        const board = getContainer().resolve<any>("cooperation")
        const before = (await board.listCooperationPosts({}, { select: ["id"] })).length
        const cases: [string, Record<string, unknown>][] = [
          ["a window in the past", { ...need, available_from: days(-60), available_until: days(-1) }],
          ["a window ending before it starts", { ...need, available_from: days(60), available_until: days(30) }],
          ["an unknown material", { ...need, material: "Einhornmilch" }],
          ["a quantity of 0", { ...need, quantity: 0 }],
          ["a negative quantity", { ...need, quantity: -5 }],
          ["a craft on an offer", { ...need, kind: "offer", craft: "farm" }],
          ["an unknown step", { ...need, step: "zaubern" }],
          ["a window of years", { ...need, available_until: days(2000) }],
        ]
        for (const [label, body] of cases) {
          const answer = await outcome(api.post("/producer/cooperation-posts", body, mill))
          expect(answer.status, `${label}: ${JSON.stringify(answer.data)}`).toBe(400)
          expect(answer.data.message, label).toEqual(expect.any(String))
        }
        expect((await outcome(api.post("/producer/cooperation-posts", { ...need, material: "Einhornmilch" }, mill))).data.message).toContain("Unknown material")
        expect((await board.listCooperationPosts({}, { select: ["id"] })).length).toBe(before)
      })
    })

    describe("a producer's dependencies", () => {
      it("shows a butcher its suppliers' shares (and what only one of them delivers) and its outlets' shares, genussnetz among them, from its own login only", async () => {
        const BUTCHER = "metzgerei-hoehn"
        const email = `${BUTCHER}@abhaengig.test`
        await api.post(`/admin/producers/${producerIdOf.get(BUTCHER)}/logins`, { email, password: "abhaengig-passwort-1" }, admin)
        const butcher = { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", { email, password: "abhaengig-passwort-1" })).data.token}` } }

        const before = (await api.get("/producer/dependencies", butcher)).data.dependencies
        const thurnau = before.inputs.suppliers.find((s: any) => s.producer.handle === CLOSED)
        expect(thurnau.sole_source_of).toContain("Schweinekeule")
        const shares = before.inputs.suppliers.reduce((sum: number, s: any) => sum + s.share, 0)
        expect(Math.abs(shares - 1)).toBeLessThan(0.01)
        expect(before.sales.outlets).toEqual([{ id: null, name: "genussnetz", kind: "genussnetz", monthly_revenue: 0, share: null }])
        expect(before.sales.largest_share).toBeNull()

        // Sales through genussnetz: one order of its ham; and a farm shop it declares.
        const ham = await order("schinken-geraeuchert-metzgerei-hoehn", 3, "schinken@example.org")
        const goods = ham.items.reduce((sum, item) => sum + cents(item.total), 0)
        const shop = await outcome(api.post("/producer/sales-outlets", { name: "Laden am Marktplatz", kind: "farm_shop", monthly_revenue: 1200 }, butcher))
        expect(shop.status, JSON.stringify(shop.data)).toBe(201)
        const after = (await api.get("/producer/dependencies", butcher)).data.dependencies
        const genussnetz = after.sales.outlets.find((o: any) => o.name === "genussnetz")
        expect(cents(genussnetz.monthly_revenue)).toBe(Math.round((goods * 30) / 90))
        expect(after.sales.outlets[0]).toMatchObject({ name: "Laden am Marktplatz", monthly_revenue: 1200 })
        expect(after.sales.largest_share).toBeCloseTo(1200 / (1200 + genussnetz.monthly_revenue), 2)
        expect(after.sales.network_customers).toEqual([])

        // Bad input changes nothing; another producer's outlet is not found; the outlet comes off again.
        for (const body of [{ name: "", kind: "market", monthly_revenue: 10 }, { name: "Markt", kind: "castle", monthly_revenue: 10 }, { name: "Markt", kind: "market", monthly_revenue: -1 }, { name: "Markt", kind: "market", monthly_revenue: 1.005 }]) {
          expect((await outcome(api.post("/producer/sales-outlets", body, butcher))).status, JSON.stringify(body)).toBe(400)
        }
        expect((await api.get("/producer/sales-outlets", butcher)).data.sales_outlets).toHaveLength(1)
        const others = await getContainer().resolve<any>("cooperation").createSalesOutlets({ producer_id: producerIdOf.get(MILL_OF_OTHERS), name: "Mühlenladen", kind: "farm_shop", monthly_revenue: 300 })
        expect((await outcome(api.delete(`/producer/sales-outlets/${others.id}`, butcher))).status).toBe(404)
        expect((await outcome(api.delete(`/producer/sales-outlets/${shop.data.sales_outlet.id}`, butcher))).status).toBe(200)
        expect((await api.get("/producer/sales-outlets", butcher)).data.sales_outlets).toEqual([])
      })
    })

    describe("the product page's regional alternatives", () => {
      it("names for each input of a chain the verified businesses of the region that could deliver it, and none where nobody could", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const sauerbraten = productIdOf.get(SWITCHING)!
        const answer = await api.get(`/store/products/${sauerbraten}/regional-alternatives`, store)
        const { regional_alternatives } = StoreRegionalAlternatives.parse(answer.data)
        const { data: chainLinks } = await query.graph({ entity: "supply_link", fields: ["id", "material", "supplier_id", "customer_id", "status"], filters: { customer_id: producerIdOf.get("wirtshaus-am-markt-bayreuth"), material: "Rinderbraten" } })
        const roast = regional_alternatives.find((entry) => entry.supply_link_id === chainLinks[0].id)!
        // Bad Staffelstein's slaughterhouse delivers Rinderbraten to others, 46 km away: named when one of those links is verified.
        const { data: forkelRoasts } = await query.graph({ entity: "supply_link", fields: ["status"], filters: { supplier_id: producerIdOf.get(STEPPING_IN), material: "Rinderbraten" } })
        const verified = forkelRoasts.some((link: any) => link.status === "verified")
        expect(roast.alternatives.map((a) => a.handle)).toEqual(verified ? [STEPPING_IN] : [])
        // The ham's pork leg comes from Thurnau alone: nobody is named.
        const ham = (await api.get(`/store/products/${productIdOf.get("schinken-geraeuchert-metzgerei-hoehn")}/regional-alternatives`, store)).data.regional_alternatives
        const { data: [leg] } = await query.graph({ entity: "supply_link", fields: ["id"], filters: { customer_id: producerIdOf.get("metzgerei-hoehn"), material: "Schweinekeule" } })
        expect(ham.find((entry: any) => entry.supply_link_id === leg.id).alternatives).toEqual([])
        expect((await outcome(api.get(`/store/products/prod_gibt_es_nicht/regional-alternatives`, store))).status).toBe(404)
        expect((await outcome(api.get(`/store/products/${sauerbraten}/regional-alternatives?fields=*`, store))).status).toBe(400)
      })
    })

    describe("bad input", () => {
      it("refuses what names nothing or asks the impossible with a 4xx and a message", async () => {
        const mill = producerIdOf.get("talmuehle-wagenknecht")
        const cases: [string, unknown][] = [
          ["{}", {}],
          ["both ways at once", { producer_ids: [mill], craft: "mill", district: "Landkreis Bamberg" }],
          ["no producers", { producer_ids: [] }],
          ["an unknown producer", { producer_ids: [mill, "pdcr_gibt_es_nicht"] }],
          ["an unknown craft", { craft: "castle", district: "Landkreis Bamberg" }],
          ["a district of spaces", { craft: "mill", district: "   " }],
          ["reach 0", { producer_ids: [mill], reach_km: 0 }],
          ["reach beyond the region", { producer_ids: [mill], reach_km: 5000 }],
          ["an unknown key", { producer_ids: [mill], radius: 5 }],
        ]
        for (const [label, body] of cases) {
          const answer = await whatIf(body)
          expect(answer.status, label).toBe(400)
          expect(answer.data.message, label).toEqual(expect.any(String))
        }
        expect((await whatIf({ producer_ids: [mill, "pdcr_gibt_es_nicht"] })).data.message).toContain("pdcr_gibt_es_nicht")
        for (const path of ["order=revenue;drop", "limit=0", "limit=1000", "reach_km=abc", "has_alternative=yes", "unknown=1"]) {
          const answer = await outcome(api.get(`/admin/resilience/single-points?${path}`, admin))
          expect(answer.status, path).toBe(400)
        }
        expect((await outcome(api.get("/admin/resilience/single-points?product_id=prod_gibt_es_nicht", admin))).status).toBe(404)
      })
    })
  },
})
