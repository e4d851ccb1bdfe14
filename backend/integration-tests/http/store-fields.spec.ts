import { join } from "node:path"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, PRIVATE, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")

type Api = any

/** None of what the producers and the association keep to themselves, anywhere in an answer. */
function expectNothingPrivate(label: string, data: unknown) {
  const text = JSON.stringify(data ?? null)
  for (const [what, secret] of Object.entries(PRIVATE)) {
    expect(text, `${label} shows ${what}`).not.toContain(secret)
  }
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }: { api: Api; getContainer: () => any }) => {
    let network: SmallNetwork

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
    })

    describe("GET /store/producers", () => {
      it("refuses the field lists that exposed drafts, rejected links with their notes and rejected claims", async () => {
        const queries = [
          ["products.status,products.title", "products.status"],
          ["receives.status,receives.status_note", "receives.status"],
          ["claims.label,claims.status,claims.evidence_url", "claims.label"],
          ["*products", "products"],
          ["products.*", "products"],
          ["+supplies.status_note", "supplies.status_note"],
          ["id,*claims", "claims"],
        ]
        for (const [fields, named] of queries) {
          const response = await outcome(api.get(`/store/producers?fields=${encodeURIComponent(fields)}`, network.store))
          expect(response.status, fields).toBe(400)
          expect(response.data.message, fields).toContain(named)
          expectNothingPrivate(`fields=${fields}`, response.data)
        }
      })

      it("answers the public fields a client asks for, and only those", async () => {
        const { data } = await api.get("/store/producers?fields=name,story,opening_hours", network.store)
        const bakery = data.producers.find((p: any) => p.name === "Testbäckerei")
        expect(bakery).toEqual({ id: network.ids.bakery, name: "Testbäckerei", story: "Eine erfundene Bäckerei.", opening_hours: null })

        const { data: added } = await api.get("/store/producers?fields=%2Bemail", network.store)
        expect(Object.keys(added.producers[0])).toEqual(expect.arrayContaining(["handle", "name", "town", "email"]))
        expectNothingPrivate("the list", added)
      })

      it("sorts by the fields it names and refuses any other sort key", async () => {
        const { data } = await api.get("/store/producers?order=-name", network.store)
        expect(data.producers.map((p: any) => p.name)).toEqual(["Testmühle", "Testbäckerei"])
        for (const order of ["abc", "-abc", "products.status", "created_at", "-"]) {
          const response = await outcome(api.get(`/store/producers?order=${encodeURIComponent(order)}`, network.store))
          expect(response.status, order).toBe(400)
          expect(response.data.message, order).toMatch(/order/)
        }
      })

      it("takes no with_deleted", async () => {
        const response = await outcome(api.get("/store/producers?with_deleted=true", network.store))
        expect(response.status).toBe(400)
      })
    })

    describe("GET /store/producers/:handle", () => {
      it("refuses a field list", async () => {
        for (const fields of ["products.status", "receives.status_note", "*claims"]) {
          const response = await outcome(api.get(`/store/producers/${network.handles.bakery}?fields=${fields}`, network.store))
          expect(response.status, fields).toBe(400)
          expectNothingPrivate(`profile fields=${fields}`, response.data)
        }
      })

      it("shows published products, and nothing of the rest", async () => {
        const { data } = await api.get(`/store/producers/${network.handles.bakery}`, network.store)
        expect(data.producer.products.map((p: any) => p.id)).toEqual([network.ids.bread])
        expectNothingPrivate("the profile", data)
      })
    })

    describe("GET /store/producers/:handle/provenance", () => {
      it("refuses a field list", async () => {
        for (const fields of ["suppliers.status_note", "*claims", "claims.evidence_url"]) {
          const response = await outcome(api.get(`/store/producers/${network.handles.bakery}/provenance?fields=${fields}`, network.store))
          expect(response.status, fields).toBe(400)
          expectNothingPrivate(`network fields=${fields}`, response.data)
        }
      })

      it("shows confirmed supply links and verified claims, and nothing of the rest", async () => {
        // The bakery declared three links: one the mill confirmed, one it rejected, one it has not answered.
        const { data } = await api.get(`/store/producers/${network.handles.bakery}/provenance`, network.store)
        expect(data.provenance.suppliers.map((s: any) => s.supply_link_id)).toEqual([network.ids.confirmedLink])
        expect(data.provenance.claims.map((c: any) => c.id)).toEqual([network.ids.verifiedClaim])
        expectNothingPrivate("the producer's network", data)
        const { data: mill } = await api.get(`/store/producers/${network.handles.mill}/provenance`, network.store)
        expect(mill.provenance.customers.map((s: any) => s.supply_link_id)).toEqual([network.ids.confirmedLink])
        expectNothingPrivate("the supplier's network", mill)
      })

      it("leaves the rest to the producer's own routes", async () => {
        const { data: links } = await api.get("/producer/supply-links", network.bakery)
        expect(links.supply_links.map((l: any) => l.id).sort()).toEqual(
          [network.ids.confirmedLink, network.ids.declaredLink, network.ids.rejectedLink].sort()
        )
        const { data: claims } = await api.get("/producer/claims", network.bakery)
        expect(claims.claims.map((c: any) => [c.id, c.status]).sort()).toEqual(
          [
            [network.ids.verifiedClaim, "verified"],
            [network.ids.pendingClaim, "pending"],
            [network.ids.rejectedClaim, "rejected"],
          ].sort()
        )
      })
    })

    describe("GET /store/products/:id/provenance and provenance.epcis.json", () => {
      it("refuse a field list and answer the chain through confirmed links, without unverified claims", async () => {
        for (const suffix of ["provenance", "provenance.epcis.json"]) {
          const url = `/store/products/${network.ids.bread}/${suffix}`
          const refused = await outcome(api.get(`${url}?fields=claims.evidence_url`, network.store))
          expect(refused.status, suffix).toBe(400)
          const { data } = await api.get(url, network.store)
          // The flour through the confirmed link; the material named through the declared one is private.
          expect(JSON.stringify(data), suffix).toContain("Roggenmehl")
          expectNothingPrivate(suffix, data)
        }
        const { data } = await api.get(`/store/products/${network.ids.bread}/provenance`, network.store)
        expect(data.provenance.edges.map((e: any) => e.supply_link_id)).toEqual([network.ids.confirmedLink])
        expect(data.provenance.claims.map((c: any) => c.id)).toEqual([network.ids.verifiedClaim])
      })

      it("answer 404 for a draft", async () => {
        const response = await outcome(api.get(`/store/products/${network.ids.draft}/provenance`, network.store))
        expect(response.status).toBe(404)
        expectNothingPrivate("a draft's provenance", response.data)
      })
    })

    describe("Medusa's /store/products with the producer fields the plugin allows", () => {
      it("answers the producer's public fields", async () => {
        const { data } = await api.get(`/store/products/${network.ids.bread}?fields=id,*producer`, network.store)
        expect(data.product.producer).toMatchObject({ handle: "testbaeckerei", name: "Testbäckerei", town: "Bamberg" })
        expect(Object.keys(data.product.producer)).not.toEqual(expect.arrayContaining(["products"]))
      })

      it("never resolves the producer's products, supply links or claims", async () => {
        for (const fields of [
          "id,producer.products.status,producer.products.title",
          "id,*producer.products",
          "id,producer.receives.status_note",
          "id,*producer.receives",
          "id,producer.claims.evidence_url,producer.claims.label",
          "id,producer.supplies.*",
        ]) {
          const response = await outcome(api.get(`/store/products?fields=${encodeURIComponent(fields)}`, network.store))
          // Medusa's own filter drops a field a route does not allow (no 400), so what counts is
          // that the answer holds none of it.
          expect([200, 400], fields).toContain(response.status)
          expectNothingPrivate(`/store/products fields=${fields}`, response.data)
          for (const product of response.data.products ?? []) {
            for (const relation of ["products", "receives", "supplies", "claims"]) {
              expect(product.producer?.[relation], `${fields}: producer.${relation}`).toBeUndefined()
            }
          }
        }
      })

      it("lists no draft", async () => {
        const { data } = await api.get("/store/products?fields=id,title,status&limit=50", network.store)
        expect(data.products.map((p: any) => p.id).sort()).toEqual([network.ids.flour, network.ids.bread].sort())
        expectNothingPrivate("the product list", data)
      })
    })

    describe("a producer's status, set by the association", () => {
      const setStatus = (status: string) =>
        outcome(api.post(`/admin/producers/${network.ids.bakery}/status`, { status }, network.admin))

      it("hides a producer that left from every store route, and shows it again once active", async () => {
        const listed = async () => (await api.get("/store/producers?limit=100", network.store)).data.producers.map((p: any) => p.handle)
        expect(await listed()).toContain(network.handles.bakery)
        try {
          expect((await setStatus("left")).status).toBe(200)
          expect(await listed()).not.toContain(network.handles.bakery)
          expect((await listed()).length).toBeGreaterThan(0)
          for (const path of [`/store/producers/${network.handles.bakery}`, `/store/producers/${network.handles.bakery}/provenance`]) {
            expect((await outcome(api.get(path, network.store))).status, path).toBe(404)
          }
          // Paused: still shown, and says so.
          expect((await setStatus("paused")).status).toBe(200)
          const { data } = await api.get(`/store/producers/${network.handles.bakery}`, network.store)
          expect(data.producer.status).toBe("paused")
        } finally {
          expect((await setStatus("active")).status).toBe(200)
        }
        expect(await listed()).toContain(network.handles.bakery)
      })

      it("takes a leaving producer's products offline and keeps them (its history), and says how many", async () => {
        const shown = async () => (await api.get("/store/products?fields=id&limit=50", network.store)).data.products.map((p: any) => p.id)
        expect(await shown()).toContain(network.ids.bread)
        const left = await setStatus("left")
        expect(left.status).toBe(200)
        expect(left.data.products_taken_offline).toBe(1)
        expect(await shown()).not.toContain(network.ids.bread)
        expect(await shown()).toContain(network.ids.flour)
        const { data } = await api.get(`/admin/products/${network.ids.bread}?fields=status`, network.admin)
        expect(data.product.status).toBe("draft")
        // Taken back, it publishes again what it wants to sell: nothing comes back by itself.
        expect((await setStatus("active")).data.products_taken_offline).toBe(0)
        expect(await shown()).not.toContain(network.ids.bread)
      })

      it("refuses a paused producer's goods in a cart, with its name, and takes them again once it is back", async () => {
        const { result: regions } = await createRegionsWorkflow(getContainer()).run({ input: { regions: [{ name: "Deutschland", currency_code: "eur", countries: ["de"] }] } })
        const { data: cart } = await api.post("/store/carts", { region_id: regions[0].id }, network.store)
        const { data: bread } = await api.get(`/store/products/${network.ids.bread}?fields=variants.id`, network.store)
        const add = () => outcome(api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: bread.product.variants[0].id, quantity: 1 }, network.store))
        try {
          expect((await setStatus("paused")).status).toBe(200)
          const refused = await add()
          expect(refused.status).toBe(400)
          expect(refused.data.message).toBe("Testbäckerei takes no orders at the moment. Nothing was added or ordered.")
          const { data: unchanged } = await api.get(`/store/carts/${cart.cart.id}`, network.store)
          expect(unchanged.cart.items).toHaveLength(0)
        } finally {
          expect((await setStatus("active")).status).toBe(200)
        }
        const added = await add()
        expect(added.status).toBe(200)
        expect(added.data.cart.items).toHaveLength(1)
      })

      it("lists the producers for the association, those who left included, by standing and name or town", async () => {
        expect((await setStatus("left")).status).toBe(200)
        const list = async (query: string) => (await api.get(`/admin/producers${query}`, network.admin)).data
        const all = await list("")
        expect(all.count).toBe(2)
        expect(all.producers.map((p: any) => [p.name, p.status])).toEqual([["Testbäckerei", "left"], ["Testmühle", "active"]])
        expect(all.producers[1].products).toEqual({ published: 1, total: 1 })
        expect((await list("?status=left")).producers.map((p: any) => p.handle)).toEqual([network.handles.bakery])
        expect((await list("?q=m%C3%BChle")).producers.map((p: any) => p.handle)).toEqual([network.handles.mill])
        expect((await list("?limit=1&offset=1")).producers).toHaveLength(1)
        for (const query of ["?status=retired", "?limit=0", "?limit=201", "?q=", "?order=name", "?offset=-1"]) {
          expect((await outcome(api.get(`/admin/producers${query}`, network.admin))).status, query).toBe(400)
        }
        expect((await outcome(api.get("/admin/producers", network.bakery))).status).toBe(401)
      })

      it("refuses an unknown status (400), an unknown producer (404) and a producer's own login (401), changing nothing", async () => {
        expect((await setStatus("retired")).status).toBe(400)
        expect((await outcome(api.post("/admin/producers/pdcr_nope/status", { status: "left" }, network.admin))).status).toBe(404)
        expect((await outcome(api.post(`/admin/producers/${network.ids.bakery}/status`, { status: "left" }, network.bakery))).status).toBe(401)
        const { data } = await api.get(`/store/producers/${network.handles.bakery}`, network.store)
        expect(data.producer.status).toBe("active")
      })
    })
  },
})
