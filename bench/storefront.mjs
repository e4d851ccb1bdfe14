#!/usr/bin/env node
// Storefront benchmark: Lighthouse mobile scores (offline, Debian Chromium) for home, catalog,
// product and producer pages; JavaScript bytes each page ships; and the product page's time to
// first byte under load beside the raw Store API call it makes and a static file of the same
// server (autocannon, 10 s, 10 connections, loopback). Then the crowd (issue 13's yardstick):
// each shop page — home, catalog, a filtered catalog, a catalog search, product, producer — at 10
// and 50 connections, cold (its first request after the start) and warm, three rounds beside the
// raw priced product call the pages are built on (Medusa's `GET /store/products` with the cards'
// fields), the median round's figures and its ratio, and the page cache's share of the answers
// and renders (GET /api/page-cache); both servers' RSS after it and after 30 s idle; the same
// listing from a second backend with Medusa's Caching Module off (MEDUSA_FF_CACHING=false); and
// how long a price changed in the admin stays unseen on a cached product page (five changes).
// Then the same pages and call against the production profile scaled out (two servers and a
// worker on Redis, a storefront on each; one round), and a price changed through one server
// until the other's storefront shows it. Writes bench/results/storefront.json.
// Run after `npm install`: `npm run bench:storefront` (`-- --skip-build` reuses builds; `--crowd-only`
// measures the crowd alone).
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { chromium } from "playwright-core"
import { repoRoot } from "../scripts/lib/paths.mjs"
import { stopServer } from "../scripts/lib/processes.mjs"
import { CLAIM_FILTERS, catalogSearchRequest } from "../storefront/src/features/catalog/search-request.ts"
import { PRODUCT_PAGE_FIELDS } from "../storefront/src/features/product/fields.ts"
import { PRODUCT_SUMMARY_FIELDS } from "../storefront/src/features/catalog/fields.ts"
import { backend, benchEnv, load, log, machine, prepare, rssMiB, SCALED_OUT, startScaledOutStack, startStack, storefront } from "./lib/stack.mjs"

const flags = new Set(process.argv.slice(2))
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium"
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
const results = { measured_at: new Date().toISOString(), machine: machine() }
/** The crowd's pages by name, as paths (the scaled-out stack serves them from other ports), and the product's id. */
let crowdPaths
let productId

log("Preparing database and builds (npm run up --no-start) …")
const publishableKey = await prepare({ skipBuild: flags.has("--skip-build") })
const stack = await startStack(publishableKey)
try {
  const headers = { "x-publishable-api-key": publishableKey }
  const { products } = await (await fetch(`${backend}/store/products?limit=1&fields=handle,*producer&order=title`, { headers })).json()
  const product = products[0]
  const pages = {
    home: `${storefront}/`,
    catalog: `${storefront}/produkte`,
    product: `${storefront}/produkte/${product.handle}`,
    producer: `${storefront}/produzenten/${product.producer.handle}`,
    // The one page with an island: Leaflet loads once the map is in view (no tile server is
    // reachable here, so tile requests fail, as they would offline).
    producers_map: `${storefront}/produzenten`,
  }

  if (!flags.has("--crowd-only")) {
    log("Lighthouse (mobile) …")
    results.lighthouse_mobile = {}
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS })
    try {
      for (const [name, url] of Object.entries(pages)) {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] })
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
        results.lighthouse_mobile[name] = {
          performance: score("performance"),
          accessibility: score("accessibility"),
          best_practices: score("best-practices"),
          seo: score("seo"),
          lcp_ms: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
          cls: Number(lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
          tbt_ms: Math.round(lhr.audits["total-blocking-time"].numericValue),
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
      for (const [name, url] of Object.entries(pages)) {
        const page = await browser.newPage()
        let bytes = 0
        page.on("response", async (response) => {
          if (response.request().resourceType() === "script") bytes += (await response.body().catch(() => Buffer.alloc(0))).length
        })
        await page.goto(url, { waitUntil: "networkidle" })
        const inline = await page.evaluate(() =>
          [...document.querySelectorAll("script:not([type='application/ld+json'])")].reduce((sum, s) => sum + (s.textContent?.length ?? 0), 0)
        )
        results.javascript_bytes[name] = { external: bytes, inline }
        await page.close()
      }
    } finally {
      await browser.close()
    }

    log("Load: product page, its raw Store API call, a static file …")
    const { regions } = await (await fetch(`${backend}/store/regions`, { headers })).json()
    const raw = `${backend}/store/products?handle=${product.handle}&fields=${encodeURIComponent(PRODUCT_PAGE_FIELDS)}&region_id=${regions[0].id}&limit=1&locale=de-DE`
    // Both sides warm: the backend has served its call during Lighthouse; so has the page.
    await load(pages.product, {}, 3)
    await load(raw, headers, 3)
    // Three rounds, page and raw call in turn: on two shared cores one 10 s window can catch a
    // slow spell on one side only, so the ratio reported is the median round's.
    const rounds = []
    for (let round = 0; round < 3; round++) {
      rounds.push({ product_page: await load(pages.product), raw_product_call: await load(raw, headers) })
    }
    const ratios = rounds.map((r) => Number((r.product_page.p95_ms / r.raw_product_call.p95_ms).toFixed(2)))
    const median = [...ratios].sort((a, b) => a - b)[1]
    const medianRound = rounds[ratios.indexOf(median)]
    results.ttfb_under_load = {
      ...medianRound,
      raw_provenance_call: await load(`${backend}/store/products/${product.id}/provenance?locale=de-DE`, headers),
      static_file: await load(`${storefront}/favicon.svg`),
    }
    results.product_page_p95_over_raw_call_p95 = median
    results.product_page_p95_over_raw_call_p95_per_round = ratios

    log("Load: a filtered, price-sorted catalog page beside the search it makes …")
    const catalog = `${storefront}/produkte?preis-von=2&preis-bis=6&verfuegbar=1&sortierung=preis-auf`
    // The very request the page sends: its hits, facet counts and claim-group counts.
    const search = catalogSearchRequest({
      filters: { price: { $gte: 2, $lte: 6 }, in_stock: true },
      order: { price: "ASC", handle: "ASC" },
      skip: 0,
      take: 24,
      countClaimGroups: CLAIM_FILTERS,
    })
    const searchHeaders = { ...headers, "content-type": "application/json" }
    await load(catalog, {}, 3)
    // The same page of hits without any counts, to see what the facets cost.
    const [hitsQuery] = search.queries
    const hitsOnly = { ...hitsQuery, search_options: { count: "exact" } }
    results.catalog_under_load = {
      catalog_page: await load(catalog),
      raw_search_call: await load(`${backend}/store/search`, searchHeaders, 10, { method: "POST", body: JSON.stringify(search) }),
      raw_search_hits_only: await load(`${backend}/store/search`, searchHeaders, 10, { method: "POST", body: JSON.stringify(hitsOnly) }),
    }
  }

  log("The crowd: each page at 10 and 50 connections beside the raw priced product call …")
  const rawCall = await cardsListingCall(backend, headers)
  const crowdPages = {
    home: pages.home,
    catalog: pages.catalog,
    catalog_filtered: `${storefront}/produkte?preis-von=2&preis-bis=6&verfuegbar=1&sortierung=preis-auf`,
    catalog_search: `${storefront}/produkte?suche=Brot`,
    product: pages.product,
    producer: pages.producer,
  }
  crowdPaths = Object.fromEntries(Object.entries(crowdPages).map(([name, url]) => [name, url.slice(storefront.length)]))
  productId = product.id
  results.crowd = { measured_at: new Date().toISOString(), raw_call: rawCall.replace(/\?.*/, "?limit=24&fields=<the cards' fields>"), cold_first_request_ms: {}, pages: {} }
  // The page cache's counts (storefront/src/lib/page-cache/): what share of a page's requests it answered.
  const pageCacheAuth = { authorization: `Bearer ${benchEnv().PAGE_CACHE_SECRET}` }
  const cacheCounts = async () => (await fetch(`${storefront}/api/page-cache`, { headers: pageCacheAuth })).json()
  const hitRatio = (before, after) => {
    const served = (key) => after[key] - before[key]
    const all = served("hit") + served("stale") + served("miss") + served("uncached")
    return { from_cache: Number(((served("hit") + served("stale")) / Math.max(1, all)).toFixed(4)), renders: served("rendered") }
  }
  const loadStarted = Date.now()
  // Cold: each page's first request (with --crowd-only nothing has asked for it since the start).
  for (const [name, url] of Object.entries(crowdPages)) {
    const t0 = performance.now()
    const response = await fetch(url)
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
    results.crowd.cold_first_request_ms[name] = Math.round(performance.now() - t0)
  }
  for (const connections of [10, 50]) {
    for (const [name, url] of Object.entries(crowdPages)) {
      const countsBefore = await cacheCounts()
      await load(url, {}, 3, { connections })
      // Three rounds, page and raw call in turn (one slow spell on two shared cores would
      // otherwise fall on one side only); the median round by the page's requests per second.
      const rounds = []
      for (let round = 0; round < 3; round++) {
        // At 50 connections a slow page answers few requests in a window; 10 s gives it a few.
        rounds.push({ page: await load(url, {}, connections > 10 ? 10 : 8, { connections }), raw_call: await load(rawCall, headers, 8, { connections }) })
      }
      const ordered = [...rounds].sort((a, b) => a.page.requests_per_s - b.page.requests_per_s)
      const median = ordered[1]
      const figures = {
        ...median,
        page_over_raw_throughput: Number((median.page.requests_per_s / median.raw_call.requests_per_s).toFixed(2)),
        page_cache: hitRatio(countsBefore, await cacheCounts()),
      }
      results.crowd.pages[`${name}_${connections}`] = figures
      log(`${name} at ${connections}: ${median.page.requests_per_s} req/s p50 ${median.page.p50_ms} p95 ${median.page.p95_ms} ms; raw call ${median.raw_call.requests_per_s} req/s`)
    }
  }
  results.crowd.rss_after_mib = {
    load_minutes: Number(((Date.now() - loadStarted) / 60_000).toFixed(1)),
    backend: rssMiB(stack.backendServer),
    storefront: rssMiB(stack.storefrontServer),
  }
  // What of it was garbage the collector had not yet returned: the same after half a minute idle.
  await new Promise((resolve) => setTimeout(resolve, 30_000))
  results.crowd.rss_after_30s_idle_mib = { backend: rssMiB(stack.backendServer), storefront: rssMiB(stack.storefrontServer) }

  log("The raw call with Medusa's Caching Module off (MEDUSA_FF_CACHING=false, a second backend) …")
  results.crowd.store_listing = await storeListingWithAndWithoutCaching(stack, rawCall, headers)

  log("Staleness: a price changed in the admin, until the product page shows it …")
  results.crowd.price_change = await priceChangeStaleness(pages.product, product.id)
} finally {
  await stack.stop()
}

log("Scaled out: two backend servers and a worker on Redis, a storefront on each …")
results.crowd.scaled_out = await scaledOutCrowd(publishableKey, crowdPaths)

const out = join(repoRoot, "bench", "results", "storefront.json")
// The crowd alone replaces only the crowd's figures of the last full run.
const written = flags.has("--crowd-only") ? { ...JSON.parse(readFileSync(out, "utf8")), crowd: results.crowd } : results
writeFileSync(out, `${JSON.stringify(written, null, 2)}\n`)
log(`written to ${out}`)
console.log(JSON.stringify(written, null, 2))

/**
 * Changes the product's first price through the Admin API (of `backendUrl`) five times (and back)
 * and reads the product page every 50 ms until it shows the new amount: how long a shopper can see the old
 * price. The page is in the page cache before each change (the read before says HIT).
 */
async function priceChangeStaleness(pageUrl, productId, backendUrl = backend) {
  const env = benchEnv()
  const login = await (
    await fetch(`${backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
    })
  ).json()
  const admin = { authorization: `Bearer ${login.token}`, "content-type": "application/json" }
  const { product: current } = await (await fetch(`${backendUrl}/admin/products/${productId}?fields=variants.id,variants.prices.*`, { headers: admin })).json()
  const variant = current.variants[0]
  const original = variant.prices.find((price) => price.currency_code === "eur")
  const setAmount = (amount) =>
    fetch(`${backendUrl}/admin/products/${productId}/variants/${variant.id}`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ prices: [{ id: original.id, amount, currency_code: "eur" }] }),
    }).then((response) => {
      if (!response.ok) throw new Error(`price change answered ${response.status}`)
    })
  const shown = (amount) => amount.toFixed(2).replace(".", ",")
  const visibleAfterMs = []
  const cachedBefore = []
  try {
    for (let change = 1; change <= 5; change++) {
      const amount = Math.round((original.amount + change * 0.37) * 100) / 100
      await (await fetch(pageUrl)).arrayBuffer()
      const before = await fetch(pageUrl)
      await before.arrayBuffer()
      cachedBefore.push(before.headers.get("x-astro-cache"))
      const t0 = performance.now()
      await setAmount(amount)
      for (;;) {
        const html = await (await fetch(pageUrl)).text()
        if (html.includes(shown(amount))) break
        if (performance.now() - t0 > 90_000) throw new Error(`the product page did not show ${shown(amount)} within 90 s`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      visibleAfterMs.push(Math.round(performance.now() - t0))
    }
  } finally {
    await setAmount(original.amount)
  }
  const sorted = [...visibleAfterMs].sort((a, b) => a - b)
  return { changes: visibleAfterMs.length, page_cached_before: cachedBefore, visible_after_ms: visibleAfterMs, median_ms: sorted[2], max_ms: sorted.at(-1) }
}

/**
 * Medusa's Store API listing with the cards' fields, as the backend answers it (Medusa's Caching
 * Module on, backend/medusa-config.ts) and as one with the module's flag off answers it (same
 * database, three rounds in turn, the median), at 10 connections: what the cache brings.
 */
async function storeListingWithAndWithoutCaching(stack, rawCall, headers) {
  const UNCACHED_PORT = 9411
  const uncachedServer = await stack.startExtraBackend(UNCACHED_PORT, { MEDUSA_FF_CACHING: "false" })
  try {
    const uncachedCall = rawCall.replace(backend, `http://localhost:${UNCACHED_PORT}`)
    await load(uncachedCall, headers, 3)
    const rounds = []
    for (let round = 0; round < 3; round++) {
      rounds.push({ caching_on: await load(rawCall, headers, 8), caching_off: await load(uncachedCall, headers, 8) })
    }
    const median = [...rounds].sort((a, b) => a.caching_on.requests_per_s - b.caching_on.requests_per_s)[1]
    return { fields: "the cards' (storefront/src/features/catalog/fields.ts)", ...median }
  } finally {
    await stopServer(uncachedServer)
  }
}

/** The raw priced product call the pages are built on: 24 products with the cards' fields, priced for the shop's region. */
async function cardsListingCall(server, headers) {
  const { regions } = await (await fetch(`${server}/store/regions`, { headers })).json()
  return `${server}/store/products?limit=24&region_id=${regions[0].id}&fields=${encodeURIComponent(PRODUCT_SUMMARY_FIELDS)}&locale=de-DE`
}

/** Two autocannon runs at once, one per instance, each with half the connections: the pair's sum and each one's figures. */
async function loadBoth(urls, headers, duration, connections) {
  const each = await Promise.all(urls.map((url) => load(url, headers, duration, { connections: connections / urls.length })))
  return {
    connections,
    requests_per_s: each.reduce((sum, r) => sum + r.requests_per_s, 0),
    non_2xx: each.reduce((sum, r) => sum + r.non_2xx, 0),
    errors: each.reduce((sum, r) => sum + r.errors, 0),
    p95_ms: Math.max(...each.map((r) => r.p95_ms ?? Infinity)),
    per_instance: each,
  }
}

/**
 * The crowd against the production profile scaled out (bench/lib/stack.mjs startScaledOutStack):
 * each page at 10 and 50 connections split over both storefronts, beside the raw call split over
 * both servers (one round each: the single process above has the three-round figures), a price
 * changed through server A until storefront B shows it, and every process's RSS after the load.
 * Skipped, and said so, where no Redis answers.
 */
async function scaledOutCrowd(publishableKey, paths) {
  const redisUrl = Object.assign(new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379"), { pathname: "/9" }).toString()
  const { default: Redis } = await import("ioredis")
  const probe = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  const reachable = await probe.connect().then(() => probe.ping()).then(() => true, () => false)
  probe.disconnect()
  if (!reachable) return { measured: false, reason: `no Redis answered at ${redisUrl}` }
  const scaled = await startScaledOutStack(publishableKey, redisUrl)
  try {
    const headers = { "x-publishable-api-key": publishableKey }
    const rawCalls = await Promise.all(SCALED_OUT.servers.map((server) => cardsListingCall(server, headers)))
    const figures = { measured_at: new Date().toISOString(), redis: redisUrl, pages: {} }
    const loadStarted = Date.now()
    for (const connections of [10, 50]) {
      for (const [name, path] of Object.entries(paths)) {
        const urls = SCALED_OUT.storefronts.map((url) => `${url}${path}`)
        await loadBoth(urls, {}, 3, connections)
        const page = await loadBoth(urls, {}, 8, connections)
        const raw_call = await loadBoth(rawCalls, headers, 8, connections)
        figures.pages[`${name}_${connections}`] = { page, raw_call, page_over_raw_throughput: Number((page.requests_per_s / raw_call.requests_per_s).toFixed(2)) }
        log(`scaled out, ${name} at ${connections}: ${page.requests_per_s} req/s p95 ${page.p95_ms} ms; raw call ${raw_call.requests_per_s} req/s`)
      }
    }
    figures.rss_after_mib = {
      load_minutes: Number(((Date.now() - loadStarted) / 60_000).toFixed(1)),
      servers: scaled.backendServers.map(rssMiB),
      worker: rssMiB(scaled.workerServer),
      storefronts: scaled.storefrontServers.map(rssMiB),
    }
    figures.price_change_through_a_seen_on_b = await priceChangeStaleness(`${SCALED_OUT.storefronts[1]}${paths.product}`, productId, SCALED_OUT.servers[0])
    return figures
  } finally {
    await scaled.stop()
  }
}
