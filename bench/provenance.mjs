#!/usr/bin/env node
// Provenance benchmark: the chain query (the one recursive SQL over the provenance tables the
// product page's provenance uses, then the chain's producers read by id, as the route does) on the seeded network and on a synthetic one of 10k producers, 100k supply
// links and 50k products, with its query plan; and the EPCIS export of the deepest chain.
// Writes bench/results/provenance.json. Run after `npm install`: `npm run bench:provenance`.
// The synthetic network: bench/lib/provenance-synthetic.mjs.
import { createRequire } from "node:module"
import { mkdirSync, writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { dropDatabase, ensureDatabase, provideDatabase } from "../scripts/lib/database.mjs"
import { backendDir, repoRoot } from "../scripts/lib/paths.mjs"
import { run, toolEnv } from "../scripts/lib/processes.mjs"
import { CHAIN_SQL, chainBindings, toChainLinkRow, withProducers } from "../plugins/provenance/src/modules/provenance/chain/chain-sql.ts"
import { generateSynthetic, random } from "./lib/provenance-synthetic.mjs"

const require = createRequire(import.meta.url)
const built = join(repoRoot, "plugins", "provenance", ".medusa", "server", "src")
const { buildChain } = require(join(built, "modules", "provenance", "chain", "build-chain.js"))
const { toEpcisDocument } = require(join(built, "api", "utils", "epcis.js"))
const { DEFAULT_ID_BASE, DEFAULT_REGION } = require(join(built, "modules", "provenance", "service.js"))
const { PUBLIC_LINK_STATUSES } = require(join(built, "modules", "provenance", "provenance-vocabulary.js"))

// knex's `?` placeholders as pg's numbered ones.
let placeholder = 0
const SQL = CHAIN_SQL.replace(/\?(?=::)/g, () => `$${++placeholder}`)
/** The chain as the shop's product page reads it: through checked links only. */
const bindings = (productId) => chainBindings(productId, PUBLIC_LINK_STATUSES)
/** The chain's businesses, read by id beside the chain as the provenance route does (they are the producers module's). */
const PRODUCERS_SQL = `SELECT id, handle, name, craft, town, district, latitude, longitude
  FROM producer WHERE id = ANY($1) AND deleted_at IS NULL`

/** What the provenance route reads for a chain: the recursive query, then its producers by id. */
async function chainRows(client, productId) {
  const { rows } = await client.query(SQL, bindings(productId))
  const links = rows.map(toChainLinkRow)
  const ids = [...new Set(links.flatMap((row) => [row.supplier_id, row.customer_id]))]
  const producers = ids.length ? (await client.query(PRODUCERS_SQL, [ids])).rows : []
  return withProducers(links, new Map(producers.map((p) => [p.id, { ...p, latitude: Number(p.latitude), longitude: Number(p.longitude) }])))
}
const log = (message) => console.log(`[bench] ${message}`)
const results = {
  measured_at: new Date().toISOString(),
  machine: { cpus: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version },
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b)
  const round = (v) => Number(v.toFixed(2))
  return { runs: sorted.length, p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)), p99_ms: round(percentile(sorted, 99)), max_ms: round(sorted.at(-1)) }
}

async function timeChains(client, productIds, repeat = 1) {
  const times = []
  let rows = 0
  for (let r = 0; r < repeat; r++) {
    for (const id of productIds) {
      const started = process.hrtime.bigint()
      const result = await chainRows(client, id)
      times.push(Number(process.hrtime.bigint() - started) / 1e6)
      rows += result.length
    }
  }
  return { ...summary(times), mean_rows: Math.round(rows / times.length) }
}

async function plan(client, productId) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${SQL}`, bindings(productId))
  return rows.map((r) => r["QUERY PLAN"])
}

/** The deepest chain among these products (the largest on a tie), with its rows. */
async function findDeepest(client, productIds) {
  let deepest = { id: productIds[0], depth: -1, rows: [] }
  for (const id of productIds) {
    const rows = await chainRows(client, id)
    const chain = buildChain({ productId: id, rootProducer: null, rows, region: DEFAULT_REGION })
    if (chain.figures.depth > deepest.depth || (chain.figures.depth === deepest.depth && rows.length > deepest.rows.length)) {
      deepest = { id, depth: chain.figures.depth, rows }
    }
  }
  return deepest
}

function epcisExport(rows, productId) {
  const times = []
  let doc
  for (let i = 0; i < 30; i++) {
    const started = process.hrtime.bigint()
    const chain = buildChain({ productId, rootProducer: null, rows, region: DEFAULT_REGION })
    doc = toEpcisDocument({ ...chain, region: DEFAULT_REGION, products: {}, claims: [], meat_origin: null }, { idBase: DEFAULT_ID_BASE })
    JSON.stringify(doc)
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return { ...summary(times), events: doc.epcisBody.eventList.length, bytes: Buffer.byteLength(JSON.stringify(doc)) }
}

// --- the seeded network ---------------------------------------------------------------
const dataDir = join(repoRoot, ".data", "bench-provenance")
mkdirSync(dataDir, { recursive: true })
Object.assign(process.env, { EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: "54430" })
delete process.env.DATABASE_URL
log("Seeding a database (npm run up --no-start --skip-build) …")
await run("bench-provenance-up", process.execPath, ["scripts/up.mjs", "--no-start", "--skip-build"], {
  env: toolEnv({ GENUSSNETZ_ENV_FILE: join(dataDir, ".env") }),
})
const database = await provideDatabase({ log })
try {
  const seeded = new pg.Client({ connectionString: database.databaseUrl })
  await seeded.connect()
  const { rows: seededProducts } = await seeded.query("SELECT DISTINCT product_id FROM product_input")
  const ids = seededProducts.map((r) => r.product_id)
  await timeChains(seeded, ids) // warm-up
  results.seed = { products_with_chains: ids.length, chain_query: await timeChains(seeded, ids, 5) }
  const seededDeepest = await findDeepest(seeded, ids)
  results.seed.deepest_chain = { depth: seededDeepest.depth, rows: seededDeepest.rows.length }
  results.seed.query_plan = await plan(seeded, seededDeepest.id)
  results.seed.epcis_export_of_deepest_chain = epcisExport(seededDeepest.rows, seededDeepest.id)
  log(`seed: ${JSON.stringify(results.seed.chain_query)}`)
  await seeded.end()

  // --- the synthetic network -------------------------------------------------------------
  const syntheticUrl = database.databaseUrl.replace(/\/genussnetz$/, "/genussnetz_synthetic")
  await dropDatabase(syntheticUrl)
  await ensureDatabase(syntheticUrl)
  log("Migrating the synthetic database …")
  await run("bench-provenance-migrate", "npx", ["medusa", "db:migrate", "--skip-links"], {
    cwd: backendDir,
    env: toolEnv({ DATABASE_URL: syntheticUrl }),
  })
  const client = new pg.Client({ connectionString: syntheticUrl })
  await client.connect()
  log("Generating 10k producers, 100k supply links, 50k products …")
  const generatedAt = Date.now()
  const network = await generateSynthetic(client)
  results.synthetic = {
    producers: network.producers,
    supply_links: network.supply_links,
    products: network.products,
    product_inputs: network.product_inputs,
    generate_s: Number(((Date.now() - generatedAt) / 1000).toFixed(1)),
  }
  const rand = random(7)
  const sample = Array.from({ length: 500 }, () => network.deep[Math.floor(rand() * network.deep.length)])
  await timeChains(client, sample.slice(0, 50))
  results.synthetic.chain_query_deep_products = await timeChains(client, sample)
  const syntheticDeepest = await findDeepest(client, sample.slice(0, 200))
  results.synthetic.deepest_chain = { depth: syntheticDeepest.depth, rows: syntheticDeepest.rows.length }
  results.synthetic.query_plan = await plan(client, syntheticDeepest.id)
  results.synthetic.epcis_export_of_deepest_chain = epcisExport(syntheticDeepest.rows, syntheticDeepest.id)
  log(`synthetic: ${JSON.stringify(results.synthetic.chain_query_deep_products)}`)
  await client.end()
} finally {
  await database.stop()
}

const out = join(repoRoot, "bench", "results", "provenance.json")
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
log(`written to ${out}`)
