#!/usr/bin/env node
// Foundation benchmark: clean-clone install time, cold start to the storefront's first 200,
// memory of both servers after start, and latency of the product page beside the raw
// Store API call it makes (autocannon, 10 s each, 10 connections, loopback).
// Writes bench/results/foundation.json. Run after `npm install`: `npm run bench`
// (`-- --skip-install` leaves out the clean-clone install, `-- --skip-build` reuses builds).
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { cpus, totalmem, tmpdir } from "node:os"
import { join } from "node:path"
import autocannon from "autocannon"
import { provideDatabase } from "../scripts/lib/database.mjs"
import { backendDir, repoRoot, storefrontDir } from "../scripts/lib/paths.mjs"
import { run, startServer, stopServer, toolEnv, waitForHttp } from "../scripts/lib/processes.mjs"
import { PRODUCT_PAGE_FIELDS } from "../storefront/src/features/product/fields.ts"

const flags = new Set(process.argv.slice(2))
const BACKEND_PORT = 9410
const STOREFRONT_PORT = 8410
const backend = `http://localhost:${BACKEND_PORT}`
const storefront = `http://localhost:${STOREFRONT_PORT}`
const results = { measured_at: new Date().toISOString(), machine: { cpus: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version } }
const log = (message) => console.log(`[bench] ${message}`)

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** autocannon reports no p95, so every response time is kept and ranked here. */
async function load(url, headers = {}) {
  const times = []
  const instance = autocannon({ url, headers, connections: 10, duration: 10 })
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    url: url.replace(/\?.*/, "?…"),
    requests: result.requests.total,
    requests_per_s: Math.round(result.requests.average),
    non_2xx: result.non2xx,
    errors: result.errors,
    p50_ms: Number(percentile(times, 50).toFixed(1)),
    p95_ms: Number(percentile(times, 95).toFixed(1)),
    p99_ms: Number(percentile(times, 99).toFixed(1)),
    bytes_per_response: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  }
}

/** Resident memory of a server's whole process group (npx wrapper, node, children). */
function rssMiB(child) {
  const table = execFileSync("ps", ["-eo", "pgid=,rss="], { encoding: "utf8" })
  const kib = table
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pgid]) => pgid === child.pid)
    .reduce((sum, [, rss]) => sum + rss, 0)
  return Math.round(kib / 1024)
}

if (!flags.has("--skip-install")) {
  log("Clean clone + npm ci …")
  const clone = mkdtempSync(join(tmpdir(), "genussnetz-bench-clone-"))
  execFileSync("git", ["clone", "-q", repoRoot, clone])
  const started = Date.now()
  const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: clone, stdio: "ignore" })
  results.npm_ci_clean_clone_s = Number(((Date.now() - started) / 1000).toFixed(1))
  results.npm_ci_exit = install.status
  rmSync(clone, { recursive: true, force: true })
  log(`npm ci: ${results.npm_ci_clean_clone_s} s`)
}

const dataDir = join(repoRoot, ".data", "bench")
mkdirSync(dataDir, { recursive: true })
Object.assign(process.env, { EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: "54420" })
delete process.env.DATABASE_URL

log("Preparing database and builds (npm run up --no-start) …")
const upArgs = ["scripts/up.mjs", "--no-start", ...(flags.has("--skip-build") ? ["--skip-build"] : [])]
const envFile = join(dataDir, ".env")
await run("bench-up", process.execPath, upArgs, {
  env: toolEnv({ GENUSSNETZ_ENV_FILE: envFile, BACKEND_PORT: String(BACKEND_PORT), STOREFRONT_PORT: String(STOREFRONT_PORT) }),
})
const publishableKey = (await import("node:fs")).readFileSync(envFile, "utf8").match(/MEDUSA_PUBLISHABLE_KEY=(\S+)/)[1]

const database = await provideDatabase({ log })
const serverEnv = toolEnv({ DATABASE_URL: database.databaseUrl, MEDUSA_BACKEND_URL: backend, NODE_ENV: "production" })
let backendServer
let storefrontServer
try {
  log("Cold start …")
  const coldStart = Date.now()
  backendServer = startServer("bench-backend", "npx", ["medusa", "start"], {
    cwd: join(backendDir, ".medusa", "server"),
    env: { ...serverEnv, PORT: String(BACKEND_PORT) },
  })
  storefrontServer = startServer("bench-storefront", "node", [join(storefrontDir, "dist", "server", "entry.mjs")], {
    cwd: storefrontDir,
    env: { ...serverEnv, PORT: String(STOREFRONT_PORT), HOST: "localhost", MEDUSA_PUBLISHABLE_KEY: publishableKey },
  })
  await waitForHttp(`${backend}/health`, { child: backendServer })
  results.backend_health_after_ms = Date.now() - coldStart
  await waitForHttp(`${storefront}/`, { child: storefrontServer })
  results.cold_start_to_storefront_home_200_ms = Date.now() - coldStart
  results.rss_after_start_mib = { backend: rssMiB(backendServer), storefront: rssMiB(storefrontServer) }
  log(`cold start ${results.cold_start_to_storefront_home_200_ms} ms; RSS ${JSON.stringify(results.rss_after_start_mib)}`)

  const headers = { "x-publishable-api-key": publishableKey }
  const { regions } = await (await fetch(`${backend}/store/regions`, { headers })).json()
  const { products } = await (await fetch(`${backend}/store/products?limit=1&fields=handle&order=title`, { headers })).json()
  const handle = products[0].handle
  const rawUrl = `${backend}/store/products?handle=${handle}&fields=${encodeURIComponent(PRODUCT_PAGE_FIELDS)}&region_id=${regions[0].id}&limit=1&locale=de-DE`
  await fetch(`${storefront}/produkte/${handle}`) // warm the storefront's region cache

  log("Load: raw Store API call of the product page …")
  results.raw_store_products_call = await load(rawUrl, headers)
  log("Load: product page …")
  results.product_page = await load(`${storefront}/produkte/${handle}`)
  results.rss_after_load_mib = { backend: rssMiB(backendServer), storefront: rssMiB(storefrontServer) }
  results.product_page_p95_over_raw_p95 = Number((results.product_page.p95_ms / results.raw_store_products_call.p95_ms).toFixed(2))
} finally {
  await stopServer(storefrontServer)
  await stopServer(backendServer)
  await database.stop()
}

const out = join(repoRoot, "bench", "results", "foundation.json")
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
log(`written to ${out}`)
console.log(JSON.stringify(results, null, 2))
