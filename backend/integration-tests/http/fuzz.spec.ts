import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fc from "fast-check"
import { outcome, type Outcome } from "./helpers/http"
import { pluginRoutes, type Route } from "./helpers/plugin-routes"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")
/** Fixed, so a failure replays; FUZZ_SEED=<n> explores other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202)
const RUNS = Number(process.env.FUZZ_RUNS ?? 300)

type Api = any


// ---- generators -------------------------------------------------------------------------

const NUL = "\u0000"
/** Strings no route may accept as they are. */
const poisonString = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => `${s}${NUL}${s}`),
  fc.constant(NUL),
  fc.integer({ min: 5_000, max: 20_000 }).map((n) => "x".repeat(n))
)
/** Values of the wrong type for any field a route knows (not null: optional fields take it). */
const wrongType = fc.oneof(
  fc.boolean(),
  fc.constant({ $ne: null }),
  fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { minKeys: 1, maxKeys: 2 })
)
/** Dates PostgreSQL cannot store or no provenance record can have. */
const badDate = fc.constantFrom(
  "-271821-04-20",
  "+275760-09-13",
  "0001-01-01",
  "9999-12-31",
  "1000-01-01T00:00:00Z",
  "-000001-01-01",
  "2026-13-45",
  ""
)
const badNumber = fc.oneof(
  fc.constantFrom(-1, -1e308, 1e308, Number.MAX_SAFE_INTEGER, -0.5, 1e21),
  fc.integer({ min: -1_000_000_000, max: -1 })
)

/** A path segment that names no record, or cannot be read at all. */
const badSegment = fc.oneof(
  fc.constantFrom("%", "%E0%A4%A", "%ZZ", "%00", "abc%00def", "%C0%AF", "..%2F..%2Fetc", "%FF%FE"),
  fc.string({ minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(s)),
  fc.integer({ min: 3_000, max: 6_000 }).map((n) => "a".repeat(n)),
  fc.constantFrom("-1", "0", "null", "undefined", "prod_does_not_exist", "pdcr_does_not_exist")
)

/** Query values that must be refused: NUL, broken sort keys and fields, numbers out of range. */
const badQueryPair = fc.oneof(
  fc.tuple(fc.constantFrom("q", "town", "craft", "status", "handle", "locale"), fc.constantFrom("%00", "a%00b", "%00%00")),
  fc.tuple(fc.constant("order"), fc.constantFrom("abc", "-abc", "name;DROP TABLE producer", "%00", "products.status", "-", "deleted_at.x", "supplier", "id,name")),
  fc.tuple(
    fc.constant("fields"),
    fc.constantFrom("products.status", "*receives", "receives.status_note", "claims.evidence_url", "+no_such_field", "*", "a.b.c.d", "%00", "supplies.*")
  ),
  fc.tuple(fc.constantFrom("limit", "offset", "near_lat", "radius_km"), fc.constantFrom("-1", "1e308", "abc", "99999999999999999999", "NaN", "-Infinity")),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).map((k) => `unknown_${k}`), fc.string({ maxLength: 10 }))
)

/** A NUL byte in a query value: refused on every route, also where the query is otherwise ignored. */
const nulQueryPair = fc.tuple(fc.constantFrom("q", "fields", "unknown", "locale"), fc.constantFrom("%00", "a%00b"))

/**
 * A body each body-taking route accepts, so a request gets past the fields that are fine and
 * is refused for the one that is not (the NUL byte in `material` only reached PostgreSQL in an
 * otherwise valid body). Typed by hand: the test fails for a new route until it has one here.
 */
function validBodies(ids: SmallNetwork["ids"]): Record<string, Record<string, unknown>> {
  return {
    "POST /admin/claims/:id/review": { status: "verified" },
    "POST /admin/products/:id/producer": { producer_id: ids.mill },
    "POST /admin/producers/:id/logins": { email: "neu@genussnetz.test", password: "ein-langes-passwort" },
    "POST /admin/producers/:id/status": { status: "paused" },
    "POST /admin/supply-links/:id/status": { status: "rejected", note: "passt nicht" },
    "POST /producer/supply-links": {
      supplier_id: ids.mill, material: "Emmer", step: "bake", volume_per_year: 10, volume_unit: "t", since: "2025-01-01", until: "2027-01-01",
    },
    "POST /producer/supply-links/:id/status": { status: "expired", note: "Saison vorbei" },
    "POST /producer/product-inputs": { product_id: ids.bread, supply_link_id: ids.declaredLink, input_product_id: null, share: 0.5 },
    // Taking one off: the fuzz's id names no input of the bakery's.
    "DELETE /producer/product-inputs/:id": {},
    "POST /producer/claims": {
      type: "regional_verified", label: "Regional", issuer: "Verband", evidence_url: "https://example.org/beleg.pdf",
      valid_from: "2025-01-01", valid_until: "2027-01-01", product_id: ids.bread,
    },
    // A photo is the request's body itself (its bytes): every JSON body is refused with 415 here
    // (producer-photos.spec.ts sends real photos, and SVG, HTML and broken ones).
    "POST /producer/products/:id/photos": {},
    // Moving a photo: the fuzz's id names no photo of the bread, refused after the validator.
    "POST /producer/products/:id/photos/:photo_id": { position: 0 },
    "DELETE /producer/products/:id/photos/:photo_id": {},
    // The business's own photos: JSON refused with 415; the fuzz's id names none of its photos.
    "POST /producer/profile-photos": {},
    "POST /producer/profile-photos/:id": { position: 0 },
    "DELETE /producer/profile-photos/:id": {},
    // A pack size added to the bread (the small network's bakery cannot sell yet: refused after the
    // validator); removing one names no pack size of the bread.
    "POST /producer/products/:id/pack-sizes": { label: { de: "2 kg", en: "2 kg" }, net_quantity: 2000, net_unit: "g", price: 9.5, stock: 3 },
    "DELETE /producer/products/:id/pack-sizes/:variant_id": {},
    // Evidence is the request's body itself (a PDF's or a picture's bytes): every JSON body is refused
    // with 415 here (claim-evidence.spec.ts sends real documents, and HTML, SVG and broken ones).
    "POST /producer/claims/:id/evidence": {},
    "POST /producer/products/:id/meat-origin": { species: "pig", reared_in: "DE", slaughtered_in: "DE" },
    // A producer's own product: made (the small network has no category or type: refused after the
    // validator) and changed (producer-products.spec.ts makes and changes real ones).
    "POST /producer/products": {
      title: { de: "Fuzzbrot", en: "Fuzz bread" },
      description: { de: "Ein Brot für den Test." },
      category_id: "pcat_fuzz",
      type_id: "ptyp_fuzz",
      variants: [{ label: { de: "1 kg" }, net_quantity: 1000, net_unit: "g", price: 4.5, stock: 10 }],
    },
    "POST /producer/products/:id": { title: { de: "Roggenbrot", en: "Rye bread" }, chilled: false },
    // What the bakery says about itself in the shop.
    "POST /producer/profile": {
      tagline: { de: "Holzofenbrot seit 1900", en: "Wood-fired bread since 1900" },
      story: { de: "Eine erfundene Bäckerei, die jeden Morgen backt." },
      phone: "+49 951 12345",
      farm_shop: true,
      opening_hours: [{ day: 6, opens: "07:00", closes: "12:00" }],
    },
    // How the bakery's goods reach shoppers (the first save sets it up to sell).
    "POST /producer/fulfilment": {
      street: "Backofenweg 2",
      offer: { pickup: { hours: [{ day: 6, opens: "07:00", closes: "12:00" }] }, parcel: { fee: 4.9 } },
    },
    // The association's review of producers' changes.
    // The association's events: a weekly market, and a change to one (the fuzz's id names none: 404).
    "POST /admin/events": {
      kind: "market",
      title: { de: "Fuzzmarkt", en: "Fuzz market" },
      description: { de: "Ein Markt für den Test." },
      starts: "2027-01-02T08:00",
      ends: "2027-01-02T13:00",
      rrule: "FREQ=WEEKLY;BYDAY=SA;COUNT=10",
      place: { name: "Marktplatz", town: "Bamberg", latitude: 49.89, longitude: 10.89 },
      organiser: "Verband",
      producer_ids: [ids.bakery],
    },
    "POST /admin/events/:id": { status: "published" },
    // A Genussort, a tour with its GPX track and a story (the fuzz's ids name none: 404 on changes).
    "POST /admin/places": {
      kind: "beer_cellar",
      name: "Fuzzkeller",
      description: { de: "Ein Keller für den Test.", en: "A cellar for the test." },
      street: "Kellerberg 1",
      postal_code: "96047",
      town: "Bamberg",
      latitude: 49.9,
      longitude: 10.9,
      opening_hours: [{ days: [5, 6, 7], opens: "16:00", closes: "22:00", from: "05-01", until: "09-30" }],
      producer_id: ids.bakery,
    },
    "POST /admin/places/:id": { status: "published" },
    "POST /admin/tours": {
      mode: "walk",
      title: { de: "Fuzzweg", en: "Fuzz walk" },
      description: { de: "Ein Weg für den Test." },
      gpx: '<?xml version="1.0"?><gpx version="1.1" creator="fuzz" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="49.89" lon="10.88"><ele>240</ele></trkpt><trkpt lat="49.9" lon="10.9"><ele>260</ele></trkpt></trkseg></trk></gpx>',
      stops: [{ producer_id: ids.bakery, note: { de: "Brot kaufen" } }],
    },
    "POST /admin/tours/:id": { status: "published" },
    "POST /admin/stories": {
      title: { de: "Fuzzgeschichte", en: "Fuzz story" },
      teaser: { de: "Kurz gesagt." },
      body: { de: "## Anfang\n\nEine *Geschichte* für den Test." },
      author: "Verband",
      producer_ids: [ids.bakery],
    },
    "POST /admin/stories/:id": { status: "published" },
    "POST /admin/product-review-setting": { required: false },
    "POST /admin/change-requests/:id/approve": {},
    "POST /admin/change-requests/:id/reject": { reason: "Bitte die Herkunft belegen." },
    // The bakery's owner gives its bank account (the IBAN registry's German example).
    // The small network's shop pays by bank transfer: refused after the validator.
    "POST /producer/stripe-onboarding": { locale: "de" },
    "POST /producer/payout-details": { account_holder: "Testbäckerei", iban: "DE89 3704 0044 0532 0130 00", vat_status: "standard", vat_id: "DE123456789" },
    "POST /producer/products/:id/food-information": {
      ingredients: { de: "*Dinkel*mehl, Wasser, Salz", en: "*Spelt* flour, water, salt" },
      allergens: ["gluten"],
      storage: { de: "Trocken lagern.", en: "Keep dry." },
      date_marking: "best_before",
      alcohol_percent: null,
    },
    "POST /store/search": { entity: "product", filters: { q: "Brot" }, pagination: { take: 5 } },
    "POST /admin/search/synonyms": { terms: ["Brötchen", "Semmel"], note: "Fuzz" },
    "POST /admin/search/synonyms/:id": { terms: ["Zwetschge", "Pflaume"], note: "Fuzz" },
    // The actions on an order part (the small network has no orders: the fuzz meets them with an
    // id that names none, after their validators; marketplace.spec.ts walks them on real parts).
    ...Object.fromEntries(
      ["admin", "producer"].flatMap((actor) => [
        [`POST /${actor}/order-parts/:id/fulfil`, {}],
        [`POST /${actor}/order-parts/:id/ship`, { tracking_number: "00340434161234567890", tracking_url: "https://paket.example/1" }],
        [`POST /${actor}/order-parts/:id/deliver`, {}],
        [`POST /${actor}/order-parts/:id/cancel`, {}],
        [`POST /${actor}/order-parts/:id/refund`, { amount: 1.5 }],
      ])
    ),
    // A Genusspaket of two variants the small network does not have: refused after the validator
    // with a clear 400 (bundles.spec.ts makes real ones).
    "POST /admin/bundles": {
      title: "Fuzzpaket",
      handle: "fuzzpaket",
      price: 9.9,
      host_producer_id: ids.bakery,
      components: [
        { variant_id: "variant_fuzz_a", quantity: 1, share: 0.5 },
        { variant_id: "variant_fuzz_b", quantity: 2, share: 0.5 },
      ],
    },
    // Medusa's own cart routes that the marketplace guards (a guest's cart never joins an account by
    // its e-mail): the small network has no carts, so they meet an id that names none.
    "POST /store/carts/:id": { email: "gast@example.org" },
    "POST /store/carts/:id/complete": {},
    // A payout run (the small network has no orders: it pays nothing) and a payee's settings.
    "POST /admin/payouts": { until: "2026-01-31" },
    "POST /admin/seller-accounts/:producer_id": { commission_rate: 0.1, vat_status: "standard", stripe_account_id: "acct_1Fuzz" },
    // A producer's login (Medusa's route; failed attempts are counted and limited before it).
    "POST /auth/producer/:auth_provider": { email: "fuzz@genussnetz.test", password: "ein-langes-passwort" },
    // Closed for producers (their logins come from the association): refused whatever the body.
    "POST /auth/producer/:auth_provider/register": { email: "neu@genussnetz.test", password: "ein-langes-passwort" },
    // A new password with a reset link's token (the fuzz has none: refused before or after the check of the body).
    "POST /auth/producer/:auth_provider/update": { password: "ein-neues-langes-passwort" },
    // The way into the portal: an application, the association's decision, an invitation and its
    // acceptance (the fuzz's ids name no application and no invitation: refused after the validators).
    "POST /store/producer-applications": {
      business_name: "Fuzzbäckerei",
      craft: "bakery",
      town: "Hollfeld",
      postal_code: "96142",
      contact_name: "Fritz Fuzz",
      email: "fuzz@backstube.test",
      about: "Wir backen zum Testen jeden Tag dasselbe Brot.",
    },
    "POST /store/producer-invitations/accept": { token: "A".repeat(43), password: "ein-langes-passwort" },
    "POST /admin/producer-applications/:id/approve": { district: "Landkreis Bayreuth", latitude: 49.93, longitude: 11.29 },
    "POST /admin/producer-applications/:id/reject": { reason: "Nur zum Testen abgelehnt." },
    "POST /producer/invitations": { email: "geselle@backstube.test", role: "staff" },
    // The association's what-if: the mill closes (the answer is read from the network; nothing is written).
    "POST /admin/resilience/what-if": { producer_ids: [ids.mill], reach_km: 40 },
    // The cooperation board: a need of the bakery's for a material the small network names, closing
    // a post and taking up an offer (the fuzz's ids name no post of the bakery's: 404).
    "POST /producer/cooperation-posts": {
      kind: "need", material: "Roggenmehl", step: "bake", quantity: 200, unit: "kg", rhythm: "week",
      available_from: "2027-03-01", available_until: "2027-09-30", radius_km: 40, note: "Für das Sauerteigbrot",
    },
    "POST /producer/cooperation-posts/:id": { status: "closed" },
    "POST /producer/cooperation-posts/:id/take-up": { offer_id: "coop_gibt_es_nicht" },
    // Another place the bakery sells through; taking one off names none of its outlets (404).
    "POST /producer/sales-outlets": { name: "Hofladen", kind: "farm_shop", monthly_revenue: 1250.5 },
    "DELETE /producer/sales-outlets/:id": {},
    // A DELETE takes no body: its poisons go into the path and the query.
    "DELETE /admin/search/synonyms/:id": {},
    "DELETE /producer/members/:id": {},
    "DELETE /producer/invitations/:id": {},
  }
}

const DATE_FIELDS = ["since", "until", "valid_from", "valid_until", "available_from", "available_until"]
const NUMBER_FIELDS = ["share", "volume_per_year", "commission_rate", "quantity", "radius_km", "reach_km", "monthly_revenue"]

type Poison = "path" | "query" | "body-string" | "body-type" | "body-date" | "body-number" | "body-unknown-key"

const requestShape = (routeCount: number) =>
  fc.record({
    route: fc.nat({ max: routeCount - 1 }),
    poison: fc.constantFrom<Poison>("path", "query", "body-string", "body-type", "body-date", "body-number", "body-unknown-key"),
    segment: badSegment,
    badQuery: badQueryPair,
    nulQuery: nulQueryPair,
    target: fc.nat(),
    string: poisonString,
    wrong: wrongType,
    date: badDate,
    number: badNumber,
    unknownKey: fc.string({ minLength: 1, maxLength: 12 }).map((k) => `unknown_${k}`),
  })

const encodeQuery = (pairs: [string, string][]) =>
  pairs
    // Values written as %-sequences are sent as they are: they are the point of the test.
    .map(([k, v]) => `${encodeURIComponent(k)}=${/%[0-9A-F]{2}/i.test(v) ? v : encodeURIComponent(v)}`)
    .join("&")

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }: { api: Api; getContainer: () => any }) => {
    let network: SmallNetwork
    let routes: Route[]
    /** A group of the association's synonym list, for the routes that name one. */
    let synonymGroupId: string

    /** The provenance and producer tables as one fingerprint per table (rows, content hash). */
    async function fingerprint() {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: tables } = await pg.raw(
        `select table_name from information_schema.tables
          where table_schema = current_schema()
            and (table_name in ('producer', 'supply_link', 'product_input', 'claim', 'meat_origin', 'auth_identity', 'provider_identity', 'product', 'synonym_group')
                 or table_name like '%producer%')
          order by table_name`
      )
      const result: Record<string, string> = {}
      for (const { table_name } of tables as { table_name: string }[]) {
        const { rows } = await pg.raw(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ??  t`, [table_name])
        result[table_name] = `${rows[0].n}:${rows[0].h}`
      }
      return result
    }

    function actorOf(matcher: string) {
      if (matcher.startsWith("/store")) return network.store
      if (matcher.startsWith("/admin")) return network.admin
      if (matcher.startsWith("/producer")) return network.bakery
      // Registration and login: nobody yet.
      if (matcher.startsWith("/auth")) return { headers: {} }
      throw new Error(`No actor for ${matcher}: add one here`)
    }

    /** A record of the kind the path names, so the request reaches the route's own checks. */
    function goodParam(matcher: string, param: string) {
      if (param === "handle") return network.handles.bakery
      if (matcher.includes("/supply-links/")) return network.ids.declaredLink
      if (matcher.includes("/claims/")) return network.ids.verifiedClaim
      if (matcher.includes("/producers/")) return network.ids.bakery
      if (matcher.includes("/synonyms/")) return synonymGroupId
      return network.ids.bread
    }

    async function send(route: Route, path: string, query: string, body: unknown) {
      const url = query ? `${path}?${query}` : path
      const config = { ...actorOf(route.matcher), timeout: 20_000, maxRedirects: 0 }
      const method = route.method.toLowerCase()
      return outcome(["get", "delete", "head", "options"].includes(method) ? api[method](url, config) : api[method](url, body, config))
    }

    function checkRefusal(label: string, result: Outcome) {
      expect(result.error === "ECONNABORTED", `${label}: no answer within 20 s`).toBe(false)
      expect(result.status, `${label}: answered ${result.status} ${JSON.stringify(result.data)?.slice(0, 300)}`).toBeGreaterThanOrEqual(400)
      expect(result.status, `${label}: answered ${result.status} ${JSON.stringify(result.data)?.slice(0, 300)}`).toBeLessThan(500)
      // Node itself refuses oversized headers with a bare 431 before any app code runs.
      if (result.status !== 431) {
        expect(typeof result.data?.message, `${label}: a 4xx without a message`).toBe("string")
        expect(result.data.message.length, `${label}: an empty message`).toBeGreaterThan(0)
      }
    }

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
      routes = await pluginRoutes()
      const { data } = await api.post("/admin/search/synonyms", { terms: ["Laib", "Brotlaib"] }, network.admin)
      synonymGroupId = data.synonym_group.id
    })

    it("finds the plugin's store, admin, producer and auth routes in the app", () => {
      const found = routes.map((r) => `${r.method} ${r.matcher}`)
      const prefixes = new Set(routes.map((r) => r.matcher.split("/")[1]))
      expect([...prefixes].sort(), found.join("\n")).toEqual(["admin", "auth", "producer", "store"])
      expect(found.length, found.join("\n")).toBeGreaterThanOrEqual(12)
      expect(found).toEqual(
        expect.arrayContaining([
          "POST /store/search",
          "GET /store/producers/:handle",
          "POST /producer/claims",
          "GET /store/orders/:id/parts",
          "POST /store/carts/:id/complete",
          "POST /auth/producer/:auth_provider/register",
        ])
      )
    })

    it("refuses the inputs that reached a 500 before, with a 4xx and a message, and writes nothing", async () => {
      const { ids } = network
      const before = await fingerprint()
      const cases: [string, string, unknown?][] = [
        ["GET", "/store/producers?order=abc"],
        ["GET", "/admin/claims?order=abc"],
        ["GET", "/admin/supply-links?order=abc"],
        ["GET", "/store/producers?q=%00"],
        ["GET", "/store/producers?town=%00"],
        ["GET", "/store/products/%00/provenance"],
        ["GET", "/store/products/%00/provenance.epcis.json"],
        ["GET", "/store/products/%/provenance"],
        ["GET", "/store/products/%00/bundle"],
        ["GET", "/store/products/%/bundle"],
        ["GET", "/admin/bundles?limit=1e308"],
        ["POST", "/admin/bundles", { title: "Paket", handle: `paket${NUL}`, price: 1, host_producer_id: ids.bakery, components: [] }],
        ["GET", "/store/producers/%"],
        ["GET", "/store/producers/%00"],
        ["GET", "/admin/products/%/provenance"],
        ["POST", "/admin/claims/%/review", { status: "verified" }],
        ["POST", `/admin/claims/${ids.verifiedClaim}%00/review`, { status: "verified" }],
        ["POST", "/producer/supply-links", { supplier_id: ids.mill, material: `Roggen${NUL}`, step: "bake" }],
        ["POST", "/producer/supply-links", { supplier_id: ids.mill, material: "Roggen", step: "bake", since: "-271821-04-20" }],
        ["POST", "/producer/supply-links/%/status", { status: "expired" }],
        // The ownership check read the id before the input guard saw the path.
        ["GET", "/producer/order-parts/%00"],
        ["POST", "/producer/supply-links/%00/status", { status: "expired" }],
        ["GET", "/admin/payouts?from=2026-02-30&to=2026-03-01"],
        ["POST", "/producer/claims", { type: "regional_verified", label: `Regional${NUL}`, issuer: "Verband", valid_from: "2025-01-01" }],
        ["POST", "/producer/claims", { type: "regional_verified", label: "Regional", issuer: "Verband", valid_from: "-271821-04-20" }],
        ["POST", "/producer/claims", { type: "regional_verified", label: "Regional", issuer: "Verband", valid_from: "2025-01-01", valid_until: "+275760-09-13" }],
        // Coerced, `false` was 1 January 1970.
        ["POST", "/producer/claims", { type: "regional_verified", label: "Regional", issuer: "Verband", valid_from: false }],
        ["POST", "/producer/supply-links", { supplier_id: ids.mill, material: "Roggen", step: "bake", since: 0 }],
        ["POST", `/producer/products/${ids.bread}/meat-origin`, { species: "pig", reared_in: `DE${NUL}`, slaughtered_in: "DE" }],
        ["POST", `/admin/producers/${ids.mill}/logins`, { email: "a@b.de", password: `geheim${NUL}geheim` }],
        ["POST", "/store/search?near_lat=%00", { entity: "product" }],
        ["POST", "/store/search", { entity: "product", filters: { q: `Brot${NUL}` } }],
        ["GET", `/store/producers/${network.handles.bakery}?locale=%00`],
        ["GET", "/store/producers?a.b.c=1"],
        ["GET", `/store/products/${ids.bread}/provenance?x.y.z=1`],
        ["POST", "/admin/products", { title: "Fuzzbrot", additional_data: { producer_id: `${ids.mill}${NUL}` } }],
        ["POST", "/admin/products", { title: "Fuzzbrot", additional_data: { producer_id: 5 } }],
        ["POST", "/admin/search/synonyms", { terms: [`Brot${NUL}`, "Laib"] }],
        ["POST", "/admin/search/synonyms", { terms: ["Brot", "x".repeat(10_000)] }],
        ["POST", "/admin/search/synonyms/%", { note: "kaputt" }],
        ["DELETE", "/admin/search/synonyms/syn_does_not_exist"],
        ["GET", "/admin/search/synonyms?limit=-1"],
        ["GET", "/admin/resilience/single-points?order=abc"],
        ["GET", "/admin/resilience/single-points?reach_km=1e308"],
        ["GET", "/admin/resilience/single-points?product_id=%00"],
        ["POST", "/admin/resilience/what-if", { producer_ids: [ids.mill], craft: "mill", district: "Landkreis Bamberg" }],
        ["POST", "/admin/resilience/what-if", { producer_ids: [] }],
        ["POST", "/admin/resilience/what-if", { producer_ids: ["pdcr_gibt_es_nicht"] }],
        ["POST", "/admin/resilience/what-if", { craft: "castle", district: "Landkreis Bamberg" }],
        ["POST", "/admin/resilience/what-if", { producer_ids: [ids.mill], reach_km: 0 }],
        ["POST", "/producer/cooperation-posts", { kind: "need", material: "Roggenmehl", step: "bake", quantity: 0, unit: "kg", available_from: "2027-03-01", available_until: "2027-09-30" }],
        ["POST", "/producer/cooperation-posts", { kind: "need", material: "Roggenmehl", step: "bake", quantity: 5, unit: "kg", available_from: "2020-03-01", available_until: "2020-09-30" }],
        ["POST", "/producer/cooperation-posts", { kind: "need", material: `Roggen${NUL}`, step: "bake", quantity: 5, unit: "kg", available_from: "2027-03-01", available_until: "2027-09-30" }],
        ["POST", "/producer/cooperation-posts", { kind: "offer", material: "Roggenmehl", step: "bake", quantity: 5, unit: "kg", available_from: "-271821-04-20", available_until: "2027-09-30" }],
        ["GET", "/producer/cooperation-board?kind=gift"],
        ["GET", "/admin/cooperation-posts?unmet=maybe"],
        ["GET", "/admin/search/synonyms?q=%00"],
        // An order's parts: its id is read by the access check before the route.
        ["GET", "/store/orders/%00/parts"],
        ["GET", "/store/orders/%/parts"],
        ["GET", "/store/orders/order_gibt_es_nicht/parts?fields=*"],
        ["POST", "/store/carts/%00", { email: "gast@example.org" }],
        ["POST", "/auth/customer/emailpass/register", { email: "gast@example.org", password: `geheim${NUL}geheim` }],
      ]
      for (const [method, url, body] of cases) {
        checkRefusal(`${method} ${url}`, await send({ method, matcher: url }, url, "", body))
      }
      expect(await fingerprint()).toEqual(before)
    })

    it("knows a valid body for every route that takes one", () => {
      const bodies = validBodies(network.ids)
      for (const route of routes.filter((r) => r.method !== "GET")) {
        expect(Object.keys(bodies), `add a valid body for ${route.method} ${route.matcher}`).toContain(`${route.method} ${route.matcher}`)
      }
    })

    it(`answers every generated bad request to every route with a 4xx and changes nothing (seed ${SEED}, ${RUNS} runs)`, async () => {
      // Printed so a failing run can be replayed with FUZZ_SEED.
      console.info(`fuzz: seed ${SEED}, ${RUNS} runs over ${routes.length} routes`)
      const bodies = validBodies(network.ids)
      const before = await fingerprint()
      await fc.assert(
        fc.asyncProperty(requestShape(routes.length), async (shape) => {
          const route = routes[shape.route]
          const isGet = route.method === "GET"
          const takesBody = !["GET", "DELETE"].includes(route.method)
          const hasParams = route.matcher.includes("/:")
          // Each request carries exactly one poison; where a route has no place for the one drawn
          // (no path parameter, no body), it goes into the query.
          const poison: Poison =
            shape.poison === "path" && !hasParams ? "query" : shape.poison.startsWith("body-") && !takesBody ? "query" : shape.poison

          const path = route.matcher.replace(/:([^/]+)/g, (_m, param: string) =>
            poison === "path" ? shape.segment : encodeURIComponent(goodParam(route.matcher, param))
          )
          // A POST ignores query parameters it does not read, as Medusa's own routes do; a NUL
          // byte is refused everywhere.
          const pairs: [string, string][] = poison === "query" ? [(isGet ? shape.badQuery : shape.nulQuery) as [string, string]] : []

          const body: Record<string, unknown> = { ...(bodies[`${route.method} ${route.matcher}`] ?? {}) }
          const keys = Object.keys(body)
          const pick = (candidates: string[]) => candidates[shape.target % candidates.length]
          if (poison === "body-string") body[pick(keys)] = shape.string
          if (poison === "body-type") {
            const key = pick(keys)
            // A boolean is no wrong type for a boolean field (`required`, `chilled`): then a string is.
            body[key] = typeof shape.wrong === "boolean" && typeof body[key] === "boolean" ? String(shape.wrong) : shape.wrong
          }
          if (poison === "body-date") body[pick(keys.filter((k) => DATE_FIELDS.includes(k)).concat(keys.some((k) => DATE_FIELDS.includes(k)) ? [] : DATE_FIELDS))] = shape.date
          if (poison === "body-number") body[pick(keys.filter((k) => NUMBER_FIELDS.includes(k)).concat(keys.some((k) => NUMBER_FIELDS.includes(k)) ? [] : NUMBER_FIELDS))] = shape.number
          if (poison === "body-unknown-key") body[shape.unknownKey] = "x"

          const query = encodeQuery(pairs)
          const label = `${route.method} ${path.slice(0, 200)}${query ? `?${query.slice(0, 200)}` : ""} body=${takesBody ? JSON.stringify(body).slice(0, 300) : "-"}`
          checkRefusal(label, await send(route, path, query, takesBody ? body : undefined))
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true, verbose: 1 }
      )
      expect(await fingerprint()).toEqual(before)
    })
  },
})
