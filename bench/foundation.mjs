#!/usr/bin/env node
// Foundation benchmark: clean-clone install time, cold start to the storefront's first 200,
// memory of both servers after start, and latency of the product page beside the raw
// Store API call it makes (autocannon, 10 s each, 10 connections, loopback).
// Writes bench/results/foundation.json. Run after `npm install`: `npm run bench`
// (`-- --skip-install` leaves out the clean-clone install, `-- --skip-build` reuses builds).
import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { repoRoot } from "../scripts/lib/paths.mjs"
import { PRODUCT_PAGE_FIELDS } from "../storefront/src/features/product/fields.ts"
import { backend, load, log, machine, prepare, rssMiB, startStack, storefront } from "./lib/stack.mjs"

const flags = new Set(process.argv.slice(2))
const results = { measured_at: new Date().toISOString(), machine: machine() }

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

log("Preparing database and builds (npm run up --no-start) …")
const publishableKey = await prepare({ skipBuild: flags.has("--skip-build") })

log("Cold start …")
const stack = await startStack(publishableKey)
try {
  results.backend_health_after_ms = stack.backendReadyMs
  results.cold_start_to_storefront_home_200_ms = stack.storefrontReadyMs
  results.rss_after_start_mib = { backend: rssMiB(stack.backendServer), storefront: rssMiB(stack.storefrontServer) }
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
  results.rss_after_load_mib = { backend: rssMiB(stack.backendServer), storefront: rssMiB(stack.storefrontServer) }
  results.product_page_p95_over_raw_p95 = Number((results.product_page.p95_ms / results.raw_store_products_call.p95_ms).toFixed(2))
} finally {
  await stack.stop()
}

const out = join(repoRoot, "bench", "results", "foundation.json")
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
log(`written to ${out}`)
console.log(JSON.stringify(results, null, 2))
