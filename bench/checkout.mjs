#!/usr/bin/env node
// Checkout benchmark, through Medusa's documented Store API on the production backend (single-
// process profile) and the seeded network, written to bench/results/checkout.json:
//
// 1. The complete call (`POST /store/carts/:id/complete`) for carts with items of 1, 3 and 6
//    producers (so 1, 3 and 6 shipping methods, and as many order parts and ledger entries):
//    p50/p95 and completions per second, one shopper after another; and for carts with one
//    Genusspaket (one line, three makers: three reservations, three parts, the line split).
// 2. The actions on order parts, through the association's routes, on the orders of step 1 with
//    3 producers: pack a part (a Medusa fulfillment; the order's payment is captured with the
//    first), refund 1 € of it, cancel another (reservations released, its money back): p50/p95.
// 3. A crowd: 200 shoppers completing carts for one item of stock 10 at once — orders, refusals
//    by status, time until every shopper has an answer, units reserved, and how long the
//    readiness route takes right after.
// 4. Payout runs (`POST /admin/payouts`, bank transfer: the balance of every producer summed in
//    SQL, a payout written per producer) on the ledger the steps above wrote, and again after
//    copying its entries to a ledger of 100,000 (years of a region's sales); and the payees' page
//    `GET /admin/seller-accounts?limit=100` on that ledger: p50/p95.
//
// Carts are made ready (items, address, shipping, payment session) by the same helper the
// backend tests use, before any clock runs. Run after `npm install`: `npm run bench:checkout`
// (`-- --skip-build` reuses the last build).
import "./lib/ts-modules.mjs"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import pg from "pg"
import { provideDatabase } from "../scripts/lib/database.mjs"
import { repoRoot } from "../scripts/lib/paths.mjs"
import { readyCart } from "../backend/integration-tests/http/helpers/checkout.ts"
import { fetchApi } from "../backend/integration-tests/http/helpers/fetch-api.ts"
import { BUNDLES } from "../seed/data/bundles.ts"
import { backend, log, machine, prepare, startStack } from "./lib/stack.mjs"

const flags = new Set(process.argv.slice(2))
const ROUNDS = 15
const CROWD = 200
const CROWD_STOCK = 10
const PLENTY = 100_000

const api = fetchApi(backend)

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const round = (value, digits = 1) => Number(value.toFixed(digits))

async function inBatches(items, width, work) {
  const results = []
  for (let offset = 0; offset < items.length; offset += width) results.push(...(await Promise.all(items.slice(offset, offset + width).map(work))))
  return results
}

/** Sets the stock of these variants' inventory items and clears their reservations (the bench's database only). */
async function setStock(db, variantIds, stock) {
  const { rows } = await db.query(
    `SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = ANY($1) AND deleted_at IS NULL`,
    [variantIds]
  )
  const items = rows.map((row) => row.inventory_item_id)
  await db.query(`DELETE FROM reservation_item WHERE inventory_item_id = ANY($1)`, [items])
  // Medusa reads a quantity from its raw_ twin (a big number as JSON): both are written.
  await db.query(
    `UPDATE inventory_level
        SET stocked_quantity = $2::int, raw_stocked_quantity = jsonb_build_object('value', $3::text, 'precision', 20),
            reserved_quantity = 0, raw_reserved_quantity = jsonb_build_object('value', '0', 'precision', 20)
      WHERE inventory_item_id = ANY($1)`,
    [items, stock, String(stock)]
  )
  return items
}

const results = {
  measured_at: new Date().toISOString(),
  machine: machine(),
  profile: "single process (in-memory locking), NODE_ENV=production, checkout gate: 4 completions at once (CHECKOUT_CONCURRENCY default)",
  payment: "Medusa's system provider (pp_system_default)",
  shipping: "one method per producer (its parcel option, else local delivery, else pickup), as the test helper chooses",
}

log("Preparing database and builds (npm run up --no-start) …")
const publishableKey = await prepare({ skipBuild: flags.has("--skip-build") })
const stack = await startStack(publishableKey)
const database = await provideDatabase({ log })
const db = new pg.Client({ connectionString: database.databaseUrl })
await db.connect()
try {
  const headers = { headers: { "x-publishable-api-key": publishableKey } }
  const { data } = await api.get("/store/products?limit=200&fields=id,handle,*producer,variants.id,variants.manage_inventory", headers)
  // One stock-managed variant per producer, producers in a fixed order.
  const byProducer = new Map()
  // Genusspakete hold their makers' stock: measured on their own below.
  const bundleHandles = new Set(BUNDLES.map((bundle) => bundle.handle))
  for (const product of data.products.sort((a, b) => a.handle.localeCompare(b.handle))) {
    if (bundleHandles.has(product.handle)) continue
    const variant = product.variants?.find((v) => v.manage_inventory)
    if (product.producer && variant && !byProducer.has(product.producer.handle)) byProducer.set(product.producer.handle, variant.id)
  }
  const variants = [...byProducer.values()]
  if (variants.length < 7) throw new Error(`need 7 producers with stock-managed products, found ${variants.length}`)
  const [crowdVariant, ...others] = variants
  await setStock(db, others.slice(0, 6), PLENTY)

  results.complete_call = {}
  const ordersOf = {}
  /** Completes ROUNDS + 2 carts of these lines one after another (two to warm up); answers the figures and the orders. */
  async function measureCompletions(label, lines) {
    const carts = await inBatches([...Array(ROUNDS + 2).keys()], 5, (i) => readyCart(api, headers, lines, `bench-${label}-${i}@example.org`))
    for (const cartId of carts.slice(0, 2)) await api.post(`/store/carts/${cartId}/complete`, {}, headers)
    const times = []
    const orders = []
    const started = performance.now()
    for (const cartId of carts.slice(2)) {
      const t0 = performance.now()
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      if (completed.type !== "order") throw new Error(`cart ${cartId} did not become an order: ${JSON.stringify(completed).slice(0, 300)}`)
      times.push(performance.now() - t0)
      orders.push(completed.order.id)
    }
    const seconds = (performance.now() - started) / 1000
    const sorted = [...times].sort((a, b) => a - b)
    results.complete_call[label] = {
      runs: times.length,
      p50_ms: round(percentile(sorted, 50)),
      p95_ms: round(percentile(sorted, 95)),
      completions_per_s: round(times.length / seconds, 2),
    }
    log(`${label}: ${JSON.stringify(results.complete_call[label])}`)
    return orders
  }
  for (const producers of [1, 3, 6]) {
    ordersOf[producers] = await measureCompletions(`${producers}_producers`, others.slice(0, producers).map((variant_id) => ({ variant_id, quantity: 1 })))
  }
  const bundle = data.products.find((product) => product.handle === BUNDLES[2].handle)
  if (!bundle) throw new Error(`the seeded Genusspaket ${BUNDLES[2].handle} is missing`)
  await setStock(db, [bundle.variants[0].id], PLENTY)
  await measureCompletions("genusspaket_3_makers", [{ variant_id: bundle.variants[0].id, quantity: 1 }])

  log("Part actions on the 3-producer orders …")
  const benchEnv = readFileSync(join(repoRoot, ".data", "bench", ".env"), "utf8")
  const setting = (name, fallback) => benchEnv.match(new RegExp(`^${name}=(\\S+)`, "m"))?.[1] ?? fallback
  const { data: login } = await api.post("/auth/user/emailpass", { email: setting("ADMIN_EMAIL", "admin@genussnetz.local"), password: setting("ADMIN_PASSWORD") })
  const admin = { headers: { authorization: `Bearer ${login.token}` } }
  const timings = { fulfil: [], refund_1_eur: [], cancel: [] }
  const timed = async (action, path, body) => {
    const t0 = performance.now()
    await api.post(path, body, admin)
    timings[action].push(performance.now() - t0)
  }
  for (const orderId of ordersOf[3]) {
    const { data: listed } = await api.get(`/admin/order-parts?order_id=${orderId}`, admin)
    const [packed, canceled] = listed.order_parts
    await timed("fulfil", `/admin/order-parts/${packed.id}/fulfil`, {})
    await timed("refund_1_eur", `/admin/order-parts/${packed.id}/refund`, { amount: 1 })
    await timed("cancel", `/admin/order-parts/${canceled.id}/cancel`, {})
  }
  results.part_actions = Object.fromEntries(
    Object.entries(timings).map(([action, times]) => {
      const sorted = [...times].sort((a, b) => a - b)
      return [action, { runs: times.length, p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)) }]
    })
  )
  log(`part actions: ${JSON.stringify(results.part_actions)}`)

  log(`Crowd: ${CROWD} shoppers, one item of stock ${CROWD_STOCK} …`)
  const [crowdItem] = await setStock(db, [crowdVariant], CROWD_STOCK)
  const crowdCarts = await inBatches([...Array(CROWD).keys()], 25, (i) => readyCart(api, headers, [{ variant_id: crowdVariant, quantity: 1 }], `crowd-${i}@example.org`))
  const started = performance.now()
  const answers = await Promise.all(
    crowdCarts.map((cartId) =>
      api.post(`/store/carts/${cartId}/complete`, {}, headers).then(
        ({ data: completed }) => ({ status: 200, type: completed.type }),
        (error) => ({ status: error.status ?? "no answer", message: error.data?.message ?? error.message })
      )
    )
  )
  const drainMs = performance.now() - started
  const readyStarted = performance.now()
  const ready = await fetch(`${backend}/health/ready`)
  const readyMs = performance.now() - readyStarted
  const byStatus = {}
  for (const answer of answers) {
    const key = answer.status === 200 ? `200 ${answer.type}` : `${answer.status} ${String(answer.message).replace(/iitem_\w+|sloc_\w+/g, "…").slice(0, 90)}`
    byStatus[key] = (byStatus[key] ?? 0) + 1
  }
  const { rows: [level] } = await db.query(`SELECT sum(stocked_quantity)::int AS stocked, sum(reserved_quantity)::int AS reserved FROM inventory_level WHERE inventory_item_id = $1`, [crowdItem])
  const { rows: [reservations] } = await db.query(`SELECT count(*)::int AS n FROM reservation_item WHERE inventory_item_id = $1 AND deleted_at IS NULL`, [crowdItem])
  results.crowd = {
    shoppers: CROWD,
    stock: CROWD_STOCK,
    orders: answers.filter((answer) => answer.status === 200 && answer.type === "order").length,
    answers_by_status: byStatus,
    server_errors: answers.filter((answer) => typeof answer.status !== "number" || answer.status >= 500).length,
    all_answered_after_ms: Math.round(drainMs),
    reserved_units: level.reserved,
    reservations: reservations.n,
    readiness_after: { status: ready.status, ms: round(readyMs) },
  }
  log(`crowd: ${JSON.stringify(results.crowd)}`)

  log("Payout runs …")
  const today = new Date().toISOString().slice(0, 10)
  const payoutRun = async () => {
    const t0 = performance.now()
    const { data: run } = await api.post("/admin/payouts", { until: today }, admin)
    return { ms: round(performance.now() - t0), payouts: run.payouts.length, ids: run.payouts.map((payout) => payout.id) }
  }
  const entryCount = async () => (await db.query("SELECT count(*)::int AS n FROM ledger_entry WHERE deleted_at IS NULL")).rows[0].n
  const onBenchLedger = { entries: await entryCount(), ...(await payoutRun()) }
  // Copies of every entry (new ids, the same parts) until the ledger holds about 100,000.
  const copies = Math.max(1, Math.ceil(100_000 / onBenchLedger.entries) - 1)
  const columns = (await db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'ledger_entry' AND column_name <> 'id'")).rows.map((row) => `"${row.column_name}"`)
  await db.query(
    `INSERT INTO ledger_entry (id, ${columns.join(", ")}) SELECT e.id || '_copy' || g, ${columns.map((column) => `e.${column}`).join(", ")}
     FROM ledger_entry e CROSS JOIN generate_series(1, ${copies}) g WHERE e.deleted_at IS NULL`
  )
  await db.query("ANALYZE ledger_entry")
  const onLargeLedger = { entries: await entryCount(), ...(await payoutRun()) }
  const payeeTimes = []
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now()
    await api.get("/admin/seller-accounts?limit=100", admin)
    payeeTimes.push(performance.now() - t0)
  }
  const payeesSorted = [...payeeTimes].sort((a, b) => a - b)
  // The copies and what was paid for them go again: the bench's database is kept for the next run.
  await db.query("DELETE FROM ledger_entry WHERE id LIKE '%\\_copy%'")
  await db.query("DELETE FROM payout WHERE id = ANY($1)", [onLargeLedger.ids])
  const withoutIds = ({ ids, ...figures }) => figures
  results.payouts = {
    run_on_bench_ledger: withoutIds(onBenchLedger),
    run_on_large_ledger: withoutIds(onLargeLedger),
    payees_page_on_large_ledger: { runs: ROUNDS, p50_ms: round(percentile(payeesSorted, 50)), p95_ms: round(percentile(payeesSorted, 95)) },
  }
  log(`payouts: ${JSON.stringify(results.payouts)}`)
} finally {
  await db.end()
  await stack.stop()
}

const out = join(repoRoot, "bench", "results", "checkout.json")
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
log(`written to ${out}`)
