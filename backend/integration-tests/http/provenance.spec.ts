import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Ajv from "ajv"
import addFormats from "ajv-formats"
import { seedNetwork } from "../../../seed"
import { MEAT_SPECIES_BY_TEMPLATE } from "../../../seed/data/claims"
import { planProducts } from "../../../seed/plan"
import { planProvenance, targetStatus } from "../../../seed/provenance"
import { PRODUCERS } from "../../../seed/data/producers"
import {
  PUBLIC_LINK_STATUSES,
  SUPPLY_LINK_TRANSITIONS,
  type SupplyLinkStatus,
} from "../../../plugins/provenance/src/modules/provenance/provenance-vocabulary"
import { transitionSupplyLinkWorkflow } from "@genussnetz/provenance/workflows"
import { StoreProductProvenance } from "@genussnetz/provenance/http"
import { loginAssociationAdmin, outcome } from "./helpers/http"

process.env.MEDUSA_FILE_DIR = mkdtempSync(join(tmpdir(), "genussnetz-files-"))

const backendDir = join(__dirname, "..", "..")
// GS1's EPCIS 2.0 schema and examples, kept in the repository (see its README for source and version).
const epcisDir = join(backendDir, "..", "tests", "fixtures", "epcis")

/** The official GS1 EPCIS 2.0 JSON schema (draft-07), compiled once. */
function epcisValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  return ajv.compile(JSON.parse(readFileSync(join(epcisDir, "EPCIS-JSON-Schema.json"), "utf8")))
}

type Api = any

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }: { api: Api; getContainer: () => any }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const producerId = new Map<string, string>()
    const productId = new Map<string, string>()
    const asProducer = new Map<string, { headers: Record<string, string> }>()

    async function countOf(entity: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { metadata } = await query.graph({ entity, fields: ["id"], pagination: { skip: 0, take: 1 } })
      return metadata.count as number
    }

    async function loginProducer(handle: string) {
      const email = `${handle}@genussnetz.test`
      const password = `${handle}-passwort-1`
      const created = await api.post(`/admin/producers/${producerId.get(handle)}/logins`, { email, password }, admin)
      expect(created.status).toBe(201)
      const { data } = await api.post("/auth/producer/emailpass", { email, password })
      asProducer.set(handle, { headers: { authorization: `Bearer ${data.token}` } })
      return asProducer.get(handle)!
    }

    beforeAll(async () => {
      const container = getContainer()
      const { publishableKey } = await seedNetwork(container)
      store = { headers: { "x-publishable-api-key": publishableKey } }

      // The association's admin user, logged in like the admin does.
      admin = await loginAssociationAdmin(container, api)

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle"] })
      producers.forEach((p: any) => producerId.set(p.handle, p.id))
      const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
      products.forEach((p: any) => productId.set(p.handle, p.id))

      for (const handle of ["talmuehle-wagenknecht", "baeckerei-schwarzmann", "metzgerei-wunder", "hof-dornhuber"]) {
        await loginProducer(handle)
      }
    })

    describe("the seeded chains", () => {
      it("gives every product a chain, twelve of depth ≥ 3 and one of depth ≥ 4, through checked links only", async () => {
        const depths: number[] = []
        const statuses = new Set<string>()
        for (const planned of planProducts()) {
          const { data } = await api.get(`/store/products/${productId.get(planned.handle)}/provenance`, store)
          // The response keeps to its published contract (strict: no field more or less).
          StoreProductProvenance.parse(data.provenance)
          expect(data.provenance.edges.length, planned.handle).toBeGreaterThan(0)
          depths.push(data.provenance.figures.depth)
          data.provenance.edges.forEach((edge: any) => statuses.add(edge.status))
          if (MEAT_SPECIES_BY_TEMPLATE[planned.template.slug]) {
            expect(data.provenance.meat_origin, planned.handle).toMatchObject({
              species: MEAT_SPECIES_BY_TEMPLATE[planned.template.slug],
            })
          }
        }
        expect(depths.filter((d) => d >= 3).length).toBeGreaterThanOrEqual(12)
        expect(Math.max(...depths)).toBeGreaterThanOrEqual(4)
        // The seed confirms every link a chain runs through (seed/provenance.ts), over half verified;
        // a declared or rejected one would not be shown.
        expect([...statuses].sort()).toEqual(expect.arrayContaining(["confirmed", "verified"]))
        expect([...statuses].filter((status) => !PUBLIC_LINK_STATUSES.includes(status as SupplyLinkStatus) && status !== "expired")).toEqual([])
      })

      it("answers a chain with its figures, in English, and shows expired claims as expired", async () => {
        const handle = planProducts().find((p) => p.template.slug === "brotzeitpaket")!.handle
        const { data } = await api.get(`/store/products/${productId.get(handle)}/provenance?locale=en-GB`, store)
        const { figures, edges, nodes, claims } = data.provenance
        expect(figures.depth).toBeGreaterThanOrEqual(3)
        expect(figures.farms).toBeGreaterThanOrEqual(1)
        expect(figures.food_km).toBeGreaterThan(0)
        expect(figures.regional_share).toBeGreaterThan(0)
        expect(figures.proven_share).toBeGreaterThan(0)
        expect(edges.map((e: any) => e.material)).toContain("Mountain cheese")
        // Non-empty first: `.every` holds for an empty list.
        expect(nodes.length).toBeGreaterThan(0)
        expect(claims.length).toBeGreaterThan(0)
        expect(nodes.every((n: any) => n.producer && typeof n.producer.latitude === "number")).toBe(true)
        expect(claims.every((c: any) => c.state !== "valid" || !c.valid_until || new Date(c.valid_until) > new Date())).toBe(true)

        // Schlachtstätte Forkel's craft-slaughter claim was verified but ended two years before the seed ran.
        const forkel = planProducts().find((p) => p.producer.handle === "schlachtstaette-forkel")!
        const { data: own } = await api.get(`/store/products/${productId.get(forkel.handle)}/provenance`, store)
        const craftSlaughter = own.provenance.claims.find(
          (c: any) => c.type === "craft_slaughter" && c.producer_id === producerId.get("schlachtstaette-forkel")
        )
        expect(craftSlaughter.state).toBe("expired")
        const yearAgo = new Date()
        yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1)
        expect(new Date(craftSlaughter.valid_until).getTime()).toBeLessThan(yearAgo.getTime())
      })

      it("gives the exact figures the seed plan implies for one short chain: Bäckerei Lindner's Bauernbrot", async () => {
        // The plan (seed/provenance.ts from seed/data/recipes.ts): a Bauernbrot is 60 % rye and
        // 40 % wheat flour, each the flour product of the nearest mill offering it, each flour
        // milled from a farm's grain. For Bäckerei Lindner (Kronach) that is
        //   bread ← Roggenmehl (Kunstmühle Beck)     ← Roggen (Geflügelhof Zapf)
        //   bread ← Weizenmehl (Roggenmühle Hartung) ← Weizen (Weidehof Kraus)
        // with the statuses the seed gives those four links (confirmed / confirmed / confirmed / verified).
        const handle = "bauernbrot-baeckerei-lindner-kronach"
        const expectedEdges = [
          { supplier: "kunstmuehle-beck", material: "Roggenmehl", status: "confirmed", share: 0.6 },
          { supplier: "gefluegelhof-zapf", material: "Roggen", status: "confirmed", share: 1 },
          { supplier: "roggenmuehle-hartung", material: "Weizenmehl", status: "confirmed", share: 0.4 },
          { supplier: "weidehof-kraus", material: "Weizen", status: "verified", share: 1 },
        ]
        const byKey = (a: { supplier: string; material: string }, b: { supplier: string; material: string }) =>
          `${a.supplier}>${a.material}`.localeCompare(`${b.supplier}>${b.material}`)

        // The comment above still says what the plan says (so a change to the seed fails here, loudly).
        const { links, inputs } = planProvenance()
        const planned: typeof expectedEdges = []
        const walk = (product: string) => {
          for (const input of inputs.filter((i) => i.product === product)) {
            const link = links.find((l) => l.key === input.link)!
            const share = inputs.filter((i) => i.product === product).length === 1 ? 1 : input.share!
            planned.push({ supplier: link.supplier, material: link.material.de, status: targetStatus(link.key), share })
            if (input.inputProduct) walk(input.inputProduct)
          }
        }
        walk(handle)
        expect(planned.sort(byKey)).toEqual([...expectedEdges].sort(byKey))

        const { data } = await api.get(`/store/products/${productId.get(handle)}/provenance`, store)
        const { nodes, edges, figures } = data.provenance
        const producerOfNode = new Map<string, string>(nodes.map((n: any) => [n.id, n.producer.handle]))
        expect(
          edges
            .map((e: any) => ({ supplier: producerOfNode.get(e.from), material: e.material, status: e.status, share: e.share }))
            .sort(byKey)
        ).toEqual([...expectedEdges].sort(byKey))
        expect(figures).toMatchObject({
          // Longest path: bread ← flour ← grain, two links.
          depth: 2,
          // Geflügelhof Zapf and Weidehof Kraus are farms (seed/data/producers.ts).
          farms: 2,
          // Lindner, Beck, Hartung, Zapf, Kraus.
          producers: 5,
          // Proven are confirmed and verified links: all four (the shop shows no other kind, but
          // one past its end, which counts as expired and not proven).
          proven_share: 1,
        })
        expect(PRODUCERS.filter((p) => ["gefluegelhof-zapf", "weidehof-kraus"].includes(p.handle)).map((p) => p.craft)).toEqual(["farm", "farm"])
      })

      it("answers 404 for an unknown product and 400 for query parameters it does not take", async () => {
        expect((await outcome(api.get("/store/products/prod_nope/provenance", store))).status).toBe(404)
        const some = productId.values().next().value
        expect((await outcome(api.get(`/store/products/${some}/provenance?depth=3`, store))).status).toBe(400)
      })
    })

    describe("EPCIS 2.0 export", () => {
      const validate = epcisValidator()

      it("the validator accepts the standard's own examples", () => {
        for (const example of ["Example_9.6.1-ObjectEvent.jsonld", "Example_9.6.4-TransformationEvent.jsonld"]) {
          expect(validate(JSON.parse(readFileSync(join(epcisDir, example), "utf8"))), example).toBe(true)
        }
      })

      it("exports three seeded chains as valid EPCIS documents with one event per step", async () => {
        const handles = ["brotzeitpaket", "bratwurst-grob", "rauchbier-maerzen"].map(
          (slug) => planProducts().find((p) => p.template.slug === slug)!.handle
        )
        for (const handle of handles) {
          const id = productId.get(handle)
          const [{ data: doc, headers }, { data: chain }] = await Promise.all([
            api.get(`/store/products/${id}/provenance.epcis.json`, store),
            api.get(`/store/products/${id}/provenance`, store),
          ])
          expect(headers["content-type"]).toMatch(/application\/ld\+json/)
          expect(validate(doc), `${handle}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
          expect(doc.type).toBe("EPCISDocument")
          const events = doc.epcisBody.eventList
          const { nodes, edges } = chain.provenance
          const transformed = new Set(edges.map((e: any) => e.to))
          expect(events.filter((e: any) => e.type === "TransformationEvent")).toHaveLength(transformed.size)
          expect(events.filter((e: any) => e.bizStep === "commissioning")).toHaveLength(
            nodes.filter((n: any) => n.kind === "origin").length
          )
          expect(events.filter((e: any) => e.bizStep === "killing")).toHaveLength(
            edges.filter((e: any) => e.step === "slaughter").length
          )
          const locations = doc.epcisHeader.epcisMasterData.vocabularyList[0].vocabularyElementList
          expect(locations).toHaveLength(new Set(nodes.map((n: any) => n.producer.id)).size)
        }
        const sausage = productId.get(handles[1])
        const { data } = await api.get(`/store/products/${sausage}/provenance.epcis.json`, store)
        expect(data.epcisBody.eventList.some((e: any) => e.bizStep === "killing")).toBe(true)
      })

      it("the same validator rejects a broken document", async () => {
        const { data } = await api.get(`/store/products/${productId.get(planProducts()[20].handle)}/provenance.epcis.json`, store)
        const broken = structuredClone(data)
        broken.epcisBody.eventList[0].bizStep = "baking" // neither a CBV step nor a URI
        delete broken.epcisBody.eventList[0].eventTime
        expect(validate(broken)).toBe(false)
        expect(validate({ ...data, type: "EPCISQueryDocument" })).toBe(false)
      })
    })

    describe("supply link statuses, through the API with each actor", () => {
      it("customer declares, only the supplier confirms, only the association verifies", async () => {
        const mill = asProducer.get("talmuehle-wagenknecht")!
        const bakery = asProducer.get("baeckerei-schwarzmann")!
        const stranger = asProducer.get("metzgerei-wunder")!

        const declared = await api.post(
          "/producer/supply-links",
          { supplier_id: producerId.get("talmuehle-wagenknecht"), material: "Emmermehl", step: "bake" },
          bakery
        )
        expect(declared.status).toBe(201)
        expect(declared.data.supply_link.status).toBe("declared")
        const id = declared.data.supply_link.id

        expect((await outcome(api.post(`/admin/supply-links/${id}/status`, { status: "verified" }, admin))).status).toBe(400)
        expect((await outcome(api.post(`/producer/supply-links/${id}/status`, { status: "confirmed" }, bakery))).status).toBe(403)
        expect((await outcome(api.post(`/producer/supply-links/${id}/status`, { status: "confirmed" }, stranger))).status).toBe(404)
        expect((await outcome(api.post(`/producer/supply-links/${id}/status`, { status: "confirmed" }))).status).toBe(401)

        const confirmed = await api.post(`/producer/supply-links/${id}/status`, { status: "confirmed" }, mill)
        expect(confirmed.data.supply_link.status).toBe("confirmed")
        expect((await outcome(api.post(`/producer/supply-links/${id}/status`, { status: "verified" }, mill))).status).toBe(400)

        const waiting = await api.get("/admin/supply-links?status=confirmed&limit=200", admin)
        expect(waiting.data.supply_links.map((l: any) => l.id)).toContain(id)

        const verified = await api.post(`/admin/supply-links/${id}/status`, { status: "verified", note: "Lieferschein geprüft" }, admin)
        expect(verified.data.supply_link.status).toBe("verified")

        const mine = await api.get("/producer/supply-links", stranger)
        // The butcher has links of its own (seeded), so "not among them" says something.
        expect(mine.data.supply_links.length).toBeGreaterThan(0)
        expect(mine.data.supply_links.map((l: any) => l.id)).not.toContain(id)
      })
    })

    describe("the role matrix: SUPPLY_LINK_TRANSITIONS walked through the API", () => {
      type Role = "supplier" | "customer" | "association"
      const ROLES: Role[] = ["supplier", "customer", "association"]
      // What each route lets its actor ask for (its body validator): a producer confirms, rejects
      // or ends a link; the association verifies, rejects or ends one. A target a route does not
      // offer is a malformed request (400) before any role is looked at.
      const OFFERED: Record<Role, string[]> = {
        supplier: ["confirmed", "rejected", "expired"],
        customer: ["confirmed", "rejected", "expired"],
        association: ["verified", "rejected", "expired"],
      }

      it("refuses every actor the table does not name (403, status unchanged) and lets each named one through", async () => {
        const supplierHandle = "hof-dornhuber"
        const customerHandle = "baeckerei-schwarzmann"
        const as: Record<Role, { headers: Record<string, string> }> = {
          supplier: asProducer.get(supplierHandle)!,
          customer: asProducer.get(customerHandle)!,
          association: admin,
        }
        const statusUrl = (role: Role, id: string) =>
          role === "association" ? `/admin/supply-links/${id}/status` : `/producer/supply-links/${id}/status`
        const statusOf = async (id: string) => {
          const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({ entity: "supply_link", fields: ["status"], filters: { id } })
          return data[0].status as SupplyLinkStatus
        }
        // A fresh link (its own material, so it closes no cycle), brought to `from` the allowed way.
        let n = 0
        const linkIn = async (from: SupplyLinkStatus) => {
          const { data } = await api.post(
            "/producer/supply-links",
            { supplier_id: producerId.get(supplierHandle), material: `Prüfgetreide ${++n}`, step: "bake" },
            as.customer
          )
          const id = data.supply_link.id as string
          if (from === "confirmed" || from === "verified") await api.post(statusUrl("supplier", id), { status: "confirmed" }, as.supplier)
          if (from === "verified") await api.post(statusUrl("association", id), { status: "verified" }, as.association)
          expect(await statusOf(id)).toBe(from)
          return id
        }

        const transitions = Object.entries(SUPPLY_LINK_TRANSITIONS).flatMap(([from, targets]) =>
          Object.entries(targets).map(([to, allowed]) => ({ from: from as SupplyLinkStatus, to: to as SupplyLinkStatus, allowed: allowed as Role[] }))
        )
        // The table has eight transitions (declared: 3, confirmed: 3, verified: 2).
        expect(transitions).toHaveLength(8)
        for (const { from, to, allowed } of transitions) {
          // One link per allowed actor, so each of them is seen to succeed.
          for (const actor of allowed) {
            const id = await linkIn(from)
            for (const other of ROLES.filter((role) => !allowed.includes(role))) {
              const refused = await outcome(api.post(statusUrl(other, id), { status: to }, as[other]))
              expect(refused.status, `${other}: ${from} → ${to}`).toBe(OFFERED[other].includes(to) ? 403 : 400)
              // Where the route cannot even ask, the workflow behind it refuses the role as well.
              if (!OFFERED[other].includes(to)) {
                const actorOf = other === "association" ? { type: "association" as const } : { type: "producer" as const, producer_id: producerId.get(other === "supplier" ? supplierHandle : customerHandle)! }
                const { errors } = await transitionSupplyLinkWorkflow(getContainer()).run({ input: { id, to, actor: actorOf }, throwOnError: false })
                expect(errors.map((e: any) => e.error?.type), `${other}: ${from} → ${to} (workflow)`).toEqual(["forbidden"])
              }
              expect(await statusOf(id), `${other}: ${from} → ${to}`).toBe(from)
            }
            const done = await outcome(api.post(statusUrl(actor, id), { status: to }, as[actor]))
            expect(done.status, `${actor}: ${from} → ${to}`).toBe(200)
            expect(done.data.supply_link.status).toBe(to)
            expect(await statusOf(id)).toBe(to)
          }
        }
      })
    })

    describe("cycles", () => {
      it("refuses a supply link that closes a cycle in the same material, and writes nothing", async () => {
        const farm = asProducer.get("hof-dornhuber")!
        const mill = asProducer.get("talmuehle-wagenknecht")!
        await api.post("/producer/supply-links", { supplier_id: producerId.get("hof-dornhuber"), material: "Emmer", step: "mill" }, mill)
        const before = await countOf("supply_link")
        const cycle = await outcome(
          api.post("/producer/supply-links", { supplier_id: producerId.get("talmuehle-wagenknecht"), material: "emmer", step: "grow" }, farm)
        )
        expect(cycle.status).toBe(400)
        expect(cycle.data.message).toMatch(/cycle/)
        expect(await countOf("supply_link")).toBe(before)

        // Another material may flow back: spent grain to the farm is no cycle.
        const back = await api.post(
          "/producer/supply-links",
          { supplier_id: producerId.get("talmuehle-wagenknecht"), material: "Kleie", step: "raise" },
          farm
        )
        expect(back.status).toBe(201)
      })

      it("refuses a product input that makes a product go into itself, and writes nothing", async () => {
        const bakery = asProducer.get("baeckerei-schwarzmann")!
        const bread = planProducts().find(
          (p) => p.producer.handle === "baeckerei-schwarzmann" && ["bauernbrot", "roggenbrot", "dinkelvollkornbrot", "laugenbrezen", "kuemmelweckla"].includes(p.template.slug)
        )!
        const { data } = await api.get(`/store/products/${productId.get(bread.handle)}/provenance`, store)
        const flourEdge = data.provenance.edges.find((e: any) => e.from.startsWith("product:"))
        const flourId = flourEdge.from.slice("product:".length)
        const flourHandle = [...productId.entries()].find(([, id]) => id === flourId)![0]
        const millHandle = planProducts().find((p) => p.handle === flourHandle)!.producer.handle
        const mill = asProducer.get(millHandle) ?? (await loginProducer(millHandle))

        // The mill would take the bakery's bread into its flour: bread → flour → bread.
        const link = await api.post("/producer/supply-links", { supplier_id: producerId.get("baeckerei-schwarzmann"), material: "Altbrot", step: "mill" }, mill)
        const before = await countOf("product_input")
        const cycle = await outcome(
          api.post(
            "/producer/product-inputs",
            { product_id: flourId, supply_link_id: link.data.supply_link.id, input_product_id: productId.get(bread.handle) },
            mill
          )
        )
        expect(cycle.status).toBe(400)
        expect(cycle.data.message).toMatch(/cycle/)
        expect(await countOf("product_input")).toBe(before)

        // …and the bakery may not name inputs of the mill's product at all.
        const foreign = await outcome(
          api.post("/producer/product-inputs", { product_id: flourId, supply_link_id: link.data.supply_link.id }, bakery)
        )
        expect(foreign.status).toBe(404)
      })
    })

    describe("meat origin", () => {
      const sausage = () => planProducts().find((p) => p.producer.handle === "metzgerei-wunder" && MEAT_SPECIES_BY_TEMPLATE[p.template.slug])!

      it("requires what the species requires", async () => {
        const butcher = asProducer.get("metzgerei-wunder")!
        const url = `/producer/products/${productId.get(sausage().handle)}/meat-origin`
        // The seeded origin, put back when the test ends: the seeded chains' test reads every
        // meat product's species, and must not meet this sausage turned into beef.
        const { data: seeded } = await api.get(`/store/products/${productId.get(sausage().handle)}/provenance`, store)
        const original = seeded.provenance.meat_origin
        expect(original).toMatchObject({ species: MEAT_SPECIES_BY_TEMPLATE[sausage().template.slug] })
        const fields = ["species", "born_in", "reared_in", "slaughtered_in", "slaughterhouse_approval_number", "reference_number"]
        const restore = () => api.post(url, Object.fromEntries(fields.filter((f) => original[f] != null).map((f) => [f, original[f]])), butcher)
        // Also when an assertion below fails.
        onTestFinished(async () => {
          await restore()
        })
        const cases: [Record<string, unknown>, number][] = [
          [{ species: "pig", reared_in: "Deutschland" }, 400],
          [{ species: "pig", reared_in: "Deutschland", slaughtered_in: "Deutschland", born_in: "Deutschland" }, 400],
          [{ species: "beef", reared_in: "Deutschland", slaughtered_in: "Deutschland" }, 400],
          [{ species: "beef", born_in: "Deutschland", reared_in: "Deutschland", slaughtered_in: "Deutschland", slaughterhouse_approval_number: "irgendwas", reference_number: "R-1" }, 400],
          [{ species: "horse", reared_in: "Deutschland", slaughtered_in: "Deutschland" }, 400],
          [{ species: "pig", reared_in: "Deutschland", slaughtered_in: "Österreich" }, 200],
          [{ species: "beef", born_in: "Deutschland", reared_in: "Deutschland", slaughtered_in: "Deutschland", slaughterhouse_approval_number: "DE BY 21234 EG", reference_number: "R-1" }, 200],
        ]
        for (const [body, status] of cases) {
          expect((await outcome(api.post(url, body, butcher))).status, JSON.stringify(body)).toBe(status)
        }
        const { data } = await api.get(`/store/products/${productId.get(sausage().handle)}/provenance`, store)
        expect(data.provenance.meat_origin).toMatchObject({ species: "beef", slaughterhouse_approval_number: "DE BY 21234 EG" })
        // The portal's form reads it back as its owner set it.
        expect((await api.get(url, butcher)).data.meat_origin).toEqual({
          species: "beef",
          born_in: "Deutschland",
          reared_in: "Deutschland",
          slaughtered_in: "Deutschland",
          slaughterhouse_approval_number: "DE BY 21234 EG",
          reference_number: "R-1",
        })

        await restore()
        const { data: after } = await api.get(`/store/products/${productId.get(sausage().handle)}/provenance`, store)
        expect(after.provenance.meat_origin).toEqual(original)
      })

      it("answers 404 when a producer sets another's product", async () => {
        const bakery = asProducer.get("baeckerei-schwarzmann")!
        const response = await outcome(
          api.post(`/producer/products/${productId.get(sausage().handle)}/meat-origin`, { species: "pig", reared_in: "DE", slaughtered_in: "DE" }, bakery)
        )
        expect(response.status).toBe(404)
        expect((await outcome(api.get(`/producer/products/${productId.get(sausage().handle)}/meat-origin`, bakery))).status).toBe(404)
        // Its own bread has none.
        const bread = planProducts().find((p) => p.producer.handle === "baeckerei-schwarzmann")!
        expect((await api.get(`/producer/products/${productId.get(bread.handle)}/meat-origin`, bakery)).data).toEqual({ meat_origin: null })
      })
    })

    describe("claims", () => {
      it("needs a control body code for EU organic, and becomes valid only once verified", async () => {
        const farm = asProducer.get("hof-dornhuber")!
        // Valid from a month ago for a year: dates from today, so the test means the same in any year.
        const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
        const base = { type: "eu_organic", label: "Bio", issuer: "Kontrollstelle", valid_from: day(-30), valid_until: day(335) }
        expect((await outcome(api.post("/producer/claims", base, farm))).status).toBe(400)
        expect((await outcome(api.post("/producer/claims", { ...base, control_body_code: "ÖKO-6" }, farm))).status).toBe(400)
        expect((await outcome(api.post("/producer/claims", { ...base, control_body_code: "DE-ÖKO-001", valid_until: day(-60) }, farm))).status).toBe(400)

        const created = await api.post("/producer/claims", { ...base, control_body_code: "DE-ÖKO-001", label: "Bio (Test)" }, farm)
        expect(created.status).toBe(201)
        const claimId = created.data.claim.id
        const product = planProducts().find((p) => p.producer.handle === "hof-dornhuber")!
        const stateOf = async () => {
          const { data } = await api.get(`/store/products/${productId.get(product.handle)}/provenance`, store)
          return data.provenance.claims.find((c: any) => c.id === claimId)?.state
        }
        // Filed, it is the farm's word alone: not in the shop, in the farm's own list and the review desk.
        expect(await stateOf()).toBeUndefined()
        const own = await api.get("/producer/claims", farm)
        expect(own.data.claims.find((c: any) => c.id === claimId)).toMatchObject({ status: "pending", label: "Bio (Test)" })
        const pending = await api.get("/admin/claims?status=pending", admin)
        expect(pending.data.claims.map((c: any) => c.id)).toContain(claimId)
        await api.post(`/admin/claims/${claimId}/review`, { status: "verified" }, admin)
        expect(await stateOf()).toBe("valid")
        expect((await outcome(api.post(`/admin/claims/${claimId}/review`, { status: "approved" }, admin))).status).toBe(400)
      })
    })

    // Last in this file: it adds an input to a seeded bread, which the tests above read as seeded.
    describe("what shoppers see: only what was checked", () => {
      const customerHandle = "baeckerei-schwarzmann"
      const supplierHandle = "talmuehle-wagenknecht"
      const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
      const chainOf = async (id: string) => (await api.get(`/store/products/${id}/provenance`, store)).data.provenance
      const epcisOf = async (id: string) => JSON.stringify((await api.get(`/store/products/${id}/provenance.epcis.json`, store)).data)
      const networkOf = async (handle: string) => (await api.get(`/store/producers/${handle}/provenance`, store)).data.provenance
      const linkIds = (relations: { supply_link_id: string }[]) => relations.map((r) => r.supply_link_id)

      it("shows a declared link and what comes in through it only once the supplier confirms; its ends and the association see it at once", async () => {
        const bakery = asProducer.get(customerHandle)!
        const mill = asProducer.get(supplierHandle)!
        const product = productId.get(`laugenbrezen-${customerHandle}`)!
        const before = await chainOf(product)
        expect(before.edges.length).toBeGreaterThan(0)
        // A flour of the mill's that has a chain of its own (the mill's grain from a farm), none of
        // it in the pretzel's chain yet: what the new link would bring in.
        const inBefore = new Set(before.edges.map((e: any) => e.supply_link_id))
        let flour: { id: string; upstream: string[] } | undefined
        for (const planned of planProducts().filter((p) => p.producer.handle === supplierHandle)) {
          const id = productId.get(planned.handle)!
          const upstream: string[] = (await chainOf(id)).edges.map((e: any) => e.supply_link_id)
          if (!flour && !before.products[id] && upstream.length && !upstream.some((link) => inBefore.has(link))) flour = { id, upstream }
        }
        expect(flour).toBeDefined()
        const { id: flourId, upstream } = flour!
        const epcisBefore = await epcisOf(product)

        const declared = await api.post(
          "/producer/supply-links",
          { supplier_id: producerId.get(supplierHandle), material: "Einkornmehl", step: "bake" },
          bakery
        )
        const linkId = declared.data.supply_link.id
        expect(declared.data.supply_link.status).toBe("declared")
        const input = await api.post("/producer/product-inputs", { product_id: product, supply_link_id: linkId, input_product_id: flourId }, bakery)
        expect(input.status).toBe(201)

        // The shop: the chain, its export and both producers' networks are as they were.
        expect(await chainOf(product)).toEqual(before)
        const epcis = await epcisOf(product)
        for (const hidden of ["Einkornmehl", flourId, linkId, ...upstream]) expect(epcis, hidden).not.toContain(hidden)
        expect(JSON.parse(epcis).epcisBody.eventList).toHaveLength(JSON.parse(epcisBefore).epcisBody.eventList.length)
        expect(linkIds((await networkOf(customerHandle)).suppliers)).not.toContain(linkId)
        expect(linkIds((await networkOf(supplierHandle)).customers)).not.toContain(linkId)

        // Both ends see it in their own list, waiting; the association sees it in the chain with all beyond it.
        for (const side of [bakery, mill]) {
          const { data } = await api.get("/producer/supply-links", side)
          expect(data.supply_links.find((l: any) => l.id === linkId)).toMatchObject({ status: "declared", material: "Einkornmehl" })
        }
        const { data: reviewed } = await api.get(`/admin/products/${product}/provenance`, admin)
        const reviewedLinks = reviewed.provenance.edges.map((e: any) => e.supply_link_id)
        expect(reviewed.provenance.edges.find((e: any) => e.supply_link_id === linkId)).toMatchObject({ status: "declared", proven: false, from: `product:${flourId}` })
        expect(reviewedLinks).toEqual(expect.arrayContaining(upstream))

        // The mill confirms: the link, the flour and the flour's own chain appear in the shop.
        expect((await api.post(`/producer/supply-links/${linkId}/status`, { status: "confirmed" }, mill)).status).toBe(200)
        const after = await chainOf(product)
        StoreProductProvenance.parse(after)
        expect(after.edges.find((e: any) => e.supply_link_id === linkId)).toMatchObject({ status: "confirmed", proven: true, material: "Einkornmehl" })
        expect(after.products[flourId]).toBeDefined()
        expect(after.edges.map((e: any) => e.supply_link_id)).toEqual(expect.arrayContaining(upstream))
        expect(after.edges.length).toBe(before.edges.length + 1 + upstream.length)
        const epcisAfter = await epcisOf(product)
        for (const shown of ["Einkornmehl", flourId]) expect(epcisAfter, shown).toContain(shown)
        expect(linkIds((await networkOf(customerHandle)).suppliers)).toContain(linkId)
        expect(linkIds((await networkOf(supplierHandle)).customers)).toContain(linkId)
      })

      it("shows a rejected link nowhere in the shop, and to its ends still", async () => {
        const bakery = asProducer.get(customerHandle)!
        const mill = asProducer.get(supplierHandle)!
        const product = productId.get(`laugenbrezen-${customerHandle}`)!
        const { data } = await api.post("/producer/supply-links", { supplier_id: producerId.get(supplierHandle), material: "Kamutmehl", step: "bake" }, bakery)
        const linkId = data.supply_link.id
        await api.post("/producer/product-inputs", { product_id: product, supply_link_id: linkId }, bakery)
        const before = await chainOf(product)
        expect((await api.post(`/producer/supply-links/${linkId}/status`, { status: "rejected", note: "Liefern wir nicht" }, mill)).status).toBe(200)
        expect(await chainOf(product)).toEqual(before)
        expect(await epcisOf(product)).not.toContain("Kamutmehl")
        expect(linkIds((await networkOf(customerHandle)).suppliers)).not.toContain(linkId)
        expect(linkIds((await networkOf(supplierHandle)).customers)).not.toContain(linkId)
        const own = await api.get("/producer/supply-links", bakery)
        expect(own.data.supply_links.find((l: any) => l.id === linkId)).toMatchObject({ status: "rejected" })
      })

      it("lists a product's inputs to its producer, takes one off (the shop's chain drops it), and refuses an input through a rejected link", async () => {
        const bakery = asProducer.get(customerHandle)!
        const mill = asProducer.get(supplierHandle)!
        const product = productId.get(`laugenbrezen-${customerHandle}`)!
        const flour = planProducts().find((p) => p.producer.handle === supplierHandle)!
        const before = await chainOf(product)
        const { data } = await api.post("/producer/supply-links", { supplier_id: producerId.get(supplierHandle), material: "Emmermehl", step: "bake" }, bakery)
        const linkId = data.supply_link.id
        const named = await api.post("/producer/product-inputs", { product_id: product, supply_link_id: linkId, input_product_id: productId.get(flour.handle) }, bakery)
        expect((await api.post(`/producer/supply-links/${linkId}/status`, { status: "confirmed" }, mill)).status).toBe(200)
        expect((await chainOf(product)).edges.map((e: any) => e.supply_link_id)).toContain(linkId)

        // The bakery's list names the link, its status and the mill's product by title.
        const { data: listed } = await api.get(`/producer/products/${product}/inputs`, bakery)
        const mine = listed.product_inputs.find((input: any) => input.id === named.data.product_input.id)
        expect(mine).toEqual({
          id: named.data.product_input.id,
          input_product: { id: productId.get(flour.handle), title: flour.template.title.de },
          share: null,
          supply_link: { id: linkId, supplier_id: producerId.get(supplierHandle), material: "Emmermehl", step: "bake", status: "confirmed" },
        })
        // Another's product's inputs and another's input are not found; nothing is taken off.
        expect((await outcome(api.get(`/producer/products/${product}/inputs`, mill))).status).toBe(404)
        expect((await outcome(api.delete(`/producer/product-inputs/${named.data.product_input.id}`, mill))).status).toBe(404)
        expect((await outcome(api.get(`/producer/products/${product}/inputs?sort=share`, bakery))).status).toBe(400)
        expect((await api.get(`/producer/products/${product}/inputs`, bakery)).data.product_inputs).toHaveLength(listed.product_inputs.length)

        // Taken off: gone from the list and from the shop's chain; the link itself stays.
        const removed = await api.delete(`/producer/product-inputs/${named.data.product_input.id}`, bakery)
        expect(removed.data).toEqual({ id: named.data.product_input.id, object: "product_input", deleted: true })
        expect((await api.get(`/producer/products/${product}/inputs`, bakery)).data.product_inputs.map((input: any) => input.id)).not.toContain(named.data.product_input.id)
        expect(await chainOf(product)).toEqual(before)
        expect((await api.get("/producer/supply-links", bakery)).data.supply_links.find((l: any) => l.id === linkId)).toMatchObject({ status: "confirmed" })
        expect((await outcome(api.delete(`/producer/product-inputs/${named.data.product_input.id}`, bakery))).status).toBe(404)

        // A link the supplier rejected carries nothing: naming an input through it is refused.
        const { data: refused } = await api.post("/producer/supply-links", { supplier_id: producerId.get(supplierHandle), material: "Dinkelspreu", step: "bake" }, bakery)
        await api.post(`/producer/supply-links/${refused.supply_link.id}/status`, { status: "rejected" }, mill)
        const count = await countOf("product_input")
        const through = await outcome(api.post("/producer/product-inputs", { product_id: product, supply_link_id: refused.supply_link.id }, bakery))
        expect(through.status).toBe(400)
        expect(through.data.message).toMatch(/is rejected/)
        expect(await countOf("product_input")).toBe(count)
      })

      it("shows a claim once the association verifies it, never a rejected one; the producer sees both in its own list", async () => {
        const bakery = asProducer.get(customerHandle)!
        const product = productId.get(`laugenbrezen-${customerHandle}`)!
        const base = { issuer: "Prüfverein (Test)", valid_from: day(-10), valid_until: day(300) }
        const filed = await api.post("/producer/claims", { ...base, type: "naturland", label: "Naturland (Test)" }, bakery)
        const refused = await api.post("/producer/claims", { ...base, type: "demeter", label: "Demeter (Test)" }, bakery)
        const [claimId, refusedId] = [filed.data.claim.id, refused.data.claim.id]
        const shownIn = async () => ({
          chain: (await chainOf(product)).claims.map((c: any) => c.id),
          network: (await networkOf(customerHandle)).claims.map((c: any) => c.id),
        })
        const ownStatus = async (id: string) =>
          (await api.get("/producer/claims", bakery)).data.claims.find((c: any) => c.id === id)?.status

        // Pending: not in the shop; in the producer's list and in the association's view of the chain.
        const pending = await shownIn()
        expect(pending.chain.length).toBeGreaterThan(0) // the bakery's verified regional claim
        for (const where of Object.values(pending)) {
          expect(where).not.toContain(claimId)
          expect(where).not.toContain(refusedId)
        }
        expect(await ownStatus(claimId)).toBe("pending")
        const { data: reviewed } = await api.get(`/admin/products/${product}/provenance`, admin)
        expect(reviewed.provenance.claims.find((c: any) => c.id === claimId)).toMatchObject({ state: "pending" })

        await api.post(`/admin/claims/${claimId}/review`, { status: "verified" }, admin)
        await api.post(`/admin/claims/${refusedId}/review`, { status: "rejected" }, admin)
        const decided = await shownIn()
        expect(decided.chain).toContain(claimId)
        expect(decided.network).toContain(claimId)
        expect((await chainOf(product)).claims.find((c: any) => c.id === claimId).state).toBe("valid")
        for (const where of Object.values(decided)) expect(where).not.toContain(refusedId)
        const { data: afterReview } = await api.get(`/admin/products/${product}/provenance`, admin)
        expect(afterReview.provenance.claims.map((c: any) => c.id)).not.toContain(refusedId)
        expect(await ownStatus(claimId)).toBe("verified")
        expect(await ownStatus(refusedId)).toBe("rejected")
      })

      it("lists a producer all of its own claims and no other's, and nothing without a login", async () => {
        const farm = producerId.get("hof-dornhuber")
        const { data } = await api.get("/producer/claims", asProducer.get("hof-dornhuber")!)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: stored } = await query.graph({ entity: "claim", fields: ["id"], filters: { producer_id: farm } })
        // Hof Dornhuber's seeded organic and Bioland claims (seed/data/claims.ts), and what the tests filed.
        expect(stored.length).toBeGreaterThanOrEqual(2)
        expect(data.claims.map((c: any) => c.id).sort()).toEqual(stored.map((c: any) => c.id).sort())
        expect((await outcome(api.get("/producer/claims"))).status).toBe(401)
        expect((await outcome(api.get("/producer/claims?status=pending", asProducer.get("hof-dornhuber")!))).status).toBe(400)
      })
    })
  },
})
