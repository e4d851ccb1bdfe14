#!/usr/bin/env node
// Producer portal benchmark, on the production backend and the built storefront with the seeded
// network, written to bench/results/portal.json:
//
// 1. The way in, through the routes the portal's pages call: an application
//    (`POST /store/producer-applications`), its approval (`POST /admin/producer-applications/:id/approve`:
//    the producer made, the owner's invitation mailed) and the invitation accepted
//    (`POST /store/producer-invitations/accept`: the login made): p50/p95 over ROUNDS each.
// 2. A busy producer: one seeded producer gets ORDERS orders through the Store API's checkout and
//    every seeded product (169) and drafts of its own up to 200; its owner logs in. Then `GET /producer/order-parts` with 10 and 100 parts per page, and the portal's
//    pages as the owner sees them (dashboard, orders page with the newest 100 parts and their pick list, team) and the
//    public application form: p50/p95 of sequential requests, and the dashboard under load
//    (autocannon, 10 connections, 10 s).
//    Its products: `GET /producer/products` (all on one page), one product, the form's choices, its
//    pickup and delivery; writing: a new product with two pack sizes and its food information, a
//    price and stock change, the food information set again (WRITE_ROUNDS each); the products
//    list, a product's form, the new-product form and the pickup-and-delivery page; the dashboard's
//    counts (`GET /producer/dashboard`), the payout data and the payouts page with this month's
//    statement (the 1,000 orders' entries). A phone's 12-megapixel photo uploaded, re-encoded and
//    removed (WRITE_ROUNDS), the re-encoding alone, and the product's photos page.
// 3. Lighthouse (mobile) on the application form, the dashboard, the orders page, the products
//    list, a product's form, the pickup-and-delivery page and the payouts page (with the owner's login cookie), and
//    the JavaScript each of them ships.
//
// Run after `npm install`: `npm run bench:portal` (`-- --skip-build` reuses the last build).
import "./lib/ts-modules.mjs"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import pg from "pg"
import { chromium } from "playwright-core"
import sharp from "sharp"
import { provideDatabase } from "../scripts/lib/database.mjs"
import { repoRoot } from "../scripts/lib/paths.mjs"
import { readyCart } from "../backend/integration-tests/http/helpers/checkout.ts"
import { readMails } from "../backend/integration-tests/http/helpers/eml.ts"
import { fetchApi } from "../backend/integration-tests/http/helpers/fetch-api.ts"
import { figures, get, timed } from "./lib/timing.mjs"
import { backend, load, log, machine, prepare, startStack, storefront } from "./lib/stack.mjs"

const flags = new Set(process.argv.slice(2))
const ROUNDS = 20
const ORDERS = 1000
/** The busy producer's range: the seeded products (169) moved to it, and drafts of its own up to this many. */
const PRODUCTS = 200
const PAGE_ROUNDS = 30
/** Writes timed per kind (the new products stay, as drafts of the bench's producer). */
const WRITE_ROUNDS = 10
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium"
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

const api = fetchApi(backend)

const results = {
  measured_at: new Date().toISOString(),
  machine: machine(),
  profile: "single process (in-memory locking), NODE_ENV=production; storefront: the built Astro server",
}

// The backend writes its mails here; the bench reads the invitations' links from them.
const mailDir = mkdtempSync(join(tmpdir(), "genussnetz-bench-mails-"))
process.env.MAIL_DIR = mailDir

log("Preparing database and builds (npm run up --no-start) …")
const publishableKey = await prepare({ skipBuild: flags.has("--skip-build") })
const stack = await startStack(publishableKey)
const database = await provideDatabase({ log })
const db = new pg.Client({ connectionString: database.databaseUrl })
await db.connect()
try {
  const shop = { headers: { "x-publishable-api-key": publishableKey } }
  const benchEnv = readFileSync(join(repoRoot, ".data", "bench", ".env"), "utf8")
  const setting = (name, fallback) => benchEnv.match(new RegExp(`^${name}=(\\S+)`, "m"))?.[1] ?? fallback
  const { data: adminLogin } = await api.post("/auth/user/emailpass", { email: setting("ADMIN_EMAIL", "admin@genussnetz.local"), password: setting("ADMIN_PASSWORD") })
  const admin = { headers: { authorization: `Bearer ${adminLogin.token}` } }
  const stamp = Date.now()

  log("The way in: applications, approvals, invitations …")
  const applicationIds = []
  const application = (i) => ({
    business_name: `Benchhof ${stamp} ${i + 1}`,
    craft: "farm",
    town: "Kulmbach",
    postal_code: "95326",
    contact_name: "Bench Person",
    email: `bench-${stamp}-${i + 1}@hof.example`,
    about: "Ein erfundener Hof für den Benchmark: Roggen, Dinkel und Kartoffeln.",
  })
  results.apply = await timed(ROUNDS, async (i) => {
    // Each from a client address of its own (the backend takes five an hour from one).
    const { status, data } = await api.post("/store/producer-applications", application(i), { headers: { ...shop.headers, "x-forwarded-for": `192.0.2.${i + 1}` } })
    if (status !== 201) throw new Error(`application answered ${status}`)
    if (i >= 0) applicationIds.push(data.application.id)
  })
  const approvals = [...applicationIds]
  results.approve = await timed(ROUNDS - 1, async () => {
    const id = approvals.shift()
    const { status } = await api.post(`/admin/producer-applications/${id}/approve`, { district: "Landkreis Kulmbach", latitude: 50.1006, longitude: 11.4503 }, admin)
    if (status !== 200 && status !== 201) throw new Error(`approval answered ${status}`)
  })
  const tokens = readMails(mailDir)
    .flatMap((mail) => mail.text.match(/\/portal\/einladung\/([A-Za-z0-9_-]{43})/g) ?? [])
    .map((link) => link.split("/").pop())
  const uniqueTokens = [...new Set(tokens)]
  if (uniqueTokens.length < ROUNDS) throw new Error(`expected ${ROUNDS} invitation mails, found ${uniqueTokens.length}`)
  results.accept_invitation = await timed(ROUNDS - 1, async () => {
    const { status } = await api.post("/store/producer-invitations/accept", { token: uniqueTokens.shift(), password: "Bench-Passwort-1" }, shop)
    if (status !== 201) throw new Error(`accepting answered ${status}`)
  })
  log(JSON.stringify({ apply: results.apply, approve: results.approve, accept_invitation: results.accept_invitation }))

  log(`A busy producer: ${ORDERS} orders (those missing) …`)
  const { data: catalog } = await api.get("/store/products?limit=200&fields=id,handle,*producer,variants.id,variants.manage_inventory", shop)
  const product = catalog.products
    .sort((a, b) => a.handle.localeCompare(b.handle))
    .find((p) => p.producer && !p.handle.startsWith("genusspaket") && p.variants?.some((v) => v.manage_inventory))
  const variantId = product.variants.find((v) => v.manage_inventory).id
  const { rows: items } = await db.query(`SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = $1 AND deleted_at IS NULL`, [variantId])
  await db.query(
    `UPDATE inventory_level SET stocked_quantity = 100000, raw_stocked_quantity = jsonb_build_object('value', '100000', 'precision', 20) WHERE inventory_item_id = ANY($1)`,
    [items.map((row) => row.inventory_item_id)]
  )
  // A bench database that ran before has the orders already (its seed keeps what exists): only what is missing is placed.
  const { rows: placed } = await db.query(`SELECT count(*)::int AS n FROM order_part WHERE producer_id = $1 AND deleted_at IS NULL`, [product.producer.id])
  const missing = Math.max(0, ORDERS - placed[0].n)
  // Four at a time: the backend's checkout gate admits four completions at once.
  for (let batch = 0; batch < missing; batch += 4) {
    const carts = await Promise.all(Array.from({ length: Math.min(4, missing - batch) }, (_, i) => readyCart(api, shop, [{ variant_id: variantId, quantity: 1 + ((batch + i) % 3) }], `bench-portal-${batch + i}@example.org`)))
    await Promise.all(
      carts.map(async (cartId) => {
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shop)
        if (data.type !== "order") throw new Error(`cart ${cartId} did not become an order`)
      })
    )
    if ((batch + 4) % 200 === 0) log(`${batch + 4} orders`)
  }
  // Its range: every seeded product moved to it (the part views read which goods are the producer's).
  const others = catalog.products.filter((p) => p.id !== product.id && !p.handle.startsWith("genusspaket")).slice(0, PRODUCTS - 1)
  for (const other of others) {
    const moved = await api.post(`/admin/products/${other.id}/producer`, { producer_id: product.producer.id }, admin)
    if (moved.status >= 300) throw new Error(`moving ${other.handle} answered ${moved.status}`)
  }
  const owner = { email: `bench-owner-${stamp}@erzeuger.example`, password: "Bench-Passwort-1" }
  const created = await api.post(`/admin/producers/${product.producer.id}/logins`, owner, admin)
  if (created.status >= 300) throw new Error(`the producer login was refused: ${created.status}`)
  const { data: producerLogin } = await api.post("/auth/producer/emailpass", owner)
  const bearer = { authorization: `Bearer ${producerLogin.token}` }
  const { count: parts } = await (await fetch(`${backend}/producer/order-parts?limit=1`, { headers: bearer })).json()
  // The seed plans fewer products than PRODUCTS: the producer makes the rest itself (drafts with two pack sizes).
  const owned = async () => (await (await fetch(`${backend}/producer/products?limit=1`, { headers: bearer })).json()).count
  const choices = await (await fetch(`${backend}/producer/product-choices`, { headers: bearer })).json()
  for (let n = await owned(); n < PRODUCTS; n++) {
    const made = await fetch(`${backend}/producer/products`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({
        title: { de: `Benchvorrat ${n + 1}`, en: `Bench stock ${n + 1}` },
        description: { de: "Ein Produkt für die Messung.", en: "A product for the bench." },
        category_id: choices.categories[0].id,
        type_id: choices.types[0].id,
        variants: [
          { label: { de: "500 g" }, net_quantity: 500, net_unit: "g", price: 3.5, stock: 10 },
          { label: { de: "1 kg" }, net_quantity: 1000, net_unit: "g", price: 6.5, stock: 10 },
        ],
      }),
    })
    if (made.status !== 201) throw new Error(`making product ${n + 1} answered ${made.status}`)
  }
  results.producer = { handle: product.producer.handle, products: await owned(), order_parts: parts }

  log("Producer routes and portal pages …")
  results.routes = {
    order_parts_10: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/order-parts?limit=10`, bearer)),
    order_parts_100: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/order-parts?limit=100`, bearer)),
    me: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/me`, bearer)),
    // Its products (all 169 on one page, with price, stock and food information), one of them whole, and the form's choices.
    products_100: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/products?limit=100`, bearer)),
    product: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/products/${product.id}`, bearer)),
    product_choices: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/product-choices`, bearer)),
    fulfilment: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/fulfilment`, bearer)),
    dashboard_counts: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/dashboard`, bearer)),
    payout_details: await timed(PAGE_ROUNDS, () => get(`${backend}/producer/payout-details`, bearer)),
  }
  // Writing: a new draft with two pack sizes and its food information, a price and stock change, the food information again.
  const json = { ...bearer, "content-type": "application/json" }
  const { categories, types } = await (await fetch(`${backend}/producer/product-choices`, { headers: bearer })).json()
  const foodInformation = {
    ingredients: { de: "*Roggen*mehl, Wasser, Salz", en: "*Rye* flour, water, salt" },
    allergens: ["gluten"],
    storage: { de: "Trocken lagern.", en: "Keep dry." },
    date_marking: "best_before",
    alcohol_percent: null,
  }
  const post = async (path, body) => {
    const response = await fetch(`${backend}${path}`, { method: "POST", headers: json, body: JSON.stringify(body) })
    if (response.status >= 300) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`)
    return response.json()
  }
  results.routes.create_product = await timed(WRITE_ROUNDS, (i) =>
    post("/producer/products", {
      title: { de: `Benchbrot ${stamp} ${i}`, en: `Bench bread ${i}` },
      description: { de: "Ein Brot für die Messung.", en: "A loaf for the bench." },
      category_id: categories[0].id,
      type_id: types[0].id,
      variants: [
        { label: { de: "500 g" }, net_quantity: 500, net_unit: "g", price: 3.2, stock: 10 },
        { label: { de: "1 kg" }, net_quantity: 1000, net_unit: "g", price: 5.9, stock: 10 },
      ],
      food_information: foodInformation,
    })
  )
  const { product: own } = await (await fetch(`${backend}/producer/products/${product.id}`, { headers: bearer })).json()
  results.routes.change_price_and_stock = await timed(WRITE_ROUNDS, (i) =>
    post(`/producer/products/${product.id}`, { variants: [{ id: own.variants[0].id, price: 4 + i / 100, stock: 50 + i }] })
  )
  results.routes.set_food_information = await timed(WRITE_ROUNDS, () => post(`/producer/products/${product.id}/food-information`, foodInformation))
  log(`routes: ${JSON.stringify(results.routes)}`)

  // Photos: a phone's 12-megapixel JPEG (noise, blurred a little: about the bytes of a real one)
  // uploaded to the product — read, re-encoded as WebP at 320, 640 and 1280 px, stored, added to
  // the product — and removed again with its files; and the re-encoding alone, in this process.
  log("Photo upload and resize …")
  const phonePhoto = await sharp({ create: { width: 4000, height: 3000, channels: 3, noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .blur(1.2)
    .jpeg({ quality: 90 })
    .toBuffer()
  const photoPath = `${backend}/producer/products/${product.id}/photos`
  const uploads = []
  const removals = []
  for (let i = -1; i < WRITE_ROUNDS; i++) {
    const t0 = performance.now()
    const uploaded = await fetch(photoPath, { method: "POST", headers: { ...bearer, "content-type": "image/jpeg" }, body: phonePhoto })
    if (uploaded.status !== 201) throw new Error(`the photo upload answered ${uploaded.status}: ${await uploaded.text()}`)
    const { photos } = await uploaded.json()
    const t1 = performance.now()
    const removed = await fetch(`${photoPath}/${photos[photos.length - 1].id}`, { method: "DELETE", headers: bearer })
    if (removed.status !== 200) throw new Error(`removing the photo answered ${removed.status}`)
    if (i >= 0) {
      uploads.push(t1 - t0)
      removals.push(performance.now() - t1)
    }
  }
  const { reencodePhoto } = await import("../plugins/producers/src/photos/reencode.ts")
  const reencoded = await reencodePhoto(phonePhoto)
  results.photo = {
    input: { width: 4000, height: 3000, format: "jpeg", bytes: phonePhoto.length },
    output_bytes: Object.fromEntries(reencoded.sizes.map((size) => [`${size.width}w`, size.content.length])),
    upload_and_resize: figures(uploads),
    remove: figures(removals),
    reencode_only: await timed(WRITE_ROUNDS, () => reencodePhoto(phonePhoto)),
  }
  log(`photo: ${JSON.stringify(results.photo)}`)
  // The storefront keeps the login in its own cookie, as after the login form.
  const cookie = { cookie: `gn_producer=${producerLogin.token}` }
  const pages = {
    application_form: [`${storefront}/mitmachen`, {}],
    dashboard: [`${storefront}/portal`, cookie],
    orders_with_pick_list: [`${storefront}/portal/bestellungen`, cookie],
    team: [`${storefront}/portal/team`, cookie],
    products: [`${storefront}/portal/produkte`, cookie],
    product_form: [`${storefront}/portal/produkte/${product.id}`, cookie],
    photos: [`${storefront}/portal/fotos/${product.id}`, cookie],
    pack_sizes: [`${storefront}/portal/packungen/${product.id}`, cookie],
    ingredients_and_suppliers: [`${storefront}/portal/herkunft/${product.id}`, cookie],
    supply_chain: [`${storefront}/portal/lieferketten`, cookie],
    claims: [`${storefront}/portal/nachweise`, cookie],
    new_product: [`${storefront}/portal/produkte/neu`, cookie],
    pickup_and_delivery: [`${storefront}/portal/abholung-und-versand`, cookie],
    payouts_with_statement: [`${storefront}/portal/auszahlungen`, cookie],
  }
  results.pages = {}
  for (const [name, [url, headers]] of Object.entries(pages)) {
    let bytes = 0
    const measured = await timed(PAGE_ROUNDS, async () => (bytes = await get(url, headers)))
    results.pages[name] = { ...measured, bytes }
    log(`${name}: ${JSON.stringify(results.pages[name])}`)
  }
  results.dashboard_under_load = await load(pages.dashboard[0], cookie)
  log(`dashboard under load: ${JSON.stringify(results.dashboard_under_load)}`)

  log("Lighthouse (mobile) …")
  results.lighthouse_mobile = {}
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS })
  try {
    for (const name of ["application_form", "dashboard", "orders_with_pick_list", "products", "product_form", "photos", "pickup_and_delivery", "payouts_with_statement"]) {
      const [url, headers] = pages[name]
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: headers,
      })
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      results.lighthouse_mobile[name] = {
        performance: score("performance"),
        accessibility: score("accessibility"),
        best_practices: score("best-practices"),
        lcp_ms: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
        cls: Number(lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
      }
      log(`${name}: ${JSON.stringify(results.lighthouse_mobile[name])}`)
    }
  } finally {
    await chrome.kill()
  }

  log("JavaScript shipped per page …")
  results.javascript_bytes = {}
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.map((f) => f.replace("=new", "")) })
  try {
    const context = await browser.newContext()
    await context.addCookies([{ name: "gn_producer", value: producerLogin.token, url: storefront }])
    for (const name of ["application_form", "dashboard", "orders_with_pick_list", "team", "products", "product_form", "pickup_and_delivery"]) {
      const page = await context.newPage()
      let bytes = 0
      page.on("response", async (response) => {
        if (response.request().resourceType() === "script") bytes += (await response.body().catch(() => Buffer.alloc(0))).length
      })
      await page.goto(pages[name][0], { waitUntil: "networkidle" })
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll("script:not([type='application/ld+json'])")].reduce((sum, s) => sum + (s.textContent?.length ?? 0), 0)
      )
      results.javascript_bytes[name] = { external: bytes, inline }
      await page.close()
    }
  } finally {
    await browser.close()
  }
} finally {
  await db.end()
  await stack.stop()
}

const file = join(repoRoot, "bench", "results", "portal.json")
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
log(`Written to ${file}`)
