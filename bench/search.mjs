#!/usr/bin/env node
// Search benchmark: the catalog's search (Medusa's Search Module, answered by genussnetz's
// German PostgreSQL provider) measured four ways, written to bench/results/search.json:
//
// 1. Relevance on the seeded catalog: 60 German (and a few English) queries from
//    bench/search-queries.mjs, each judged against the seed's planned products by a rule of its
//    own; the first page (24 hits, relevance order, typo tolerance) of `POST /store/search`
//    on a seeded production backend gives recall and precision per query, kind and overall.
// 2. Scale: 10k, then 100k synthetic product documents indexed straight through the provider
//    class (no HTTP, a database of their own), index time and the latency of its `search` over
//    a mix of 360 queries, plain and with the catalog's facets (each mix run twice: the first pass
//    meets pages nothing has read yet and is reported as first_pass; the figures and the verdict
//    are the second, warm pass), and the query plans of two searches.
// 3. Suggestions: the type-ahead request (prefix match on the last word, 5 hits) on the seeded
//    backend, with the producer and category indexes in the same request where they exist.
// 4. Sync lag: a product's title changed through the admin API until the store search finds it.
//
// Runs on an embedded PostgreSQL of its own (.data/bench-search, port 54450) and a backend on
// port 9450, so it disturbs no other bench or test. Run after `npm install`:
// `npm run bench:search` (`-- --skip-build` reuses the last build; `-- --seeded-only` or
// `-- --scale-only` runs one half and prints it instead of writing the results file).
import "./lib/ts-modules.mjs"
import { execFileSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { loadavg } from "node:os"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { parseEnv } from "node:util"
import pg from "pg"
import { dropDatabase, ensureDatabase, provideDatabase } from "../scripts/lib/database.mjs"
import { backendDir, repoRoot } from "../scripts/lib/paths.mjs"
import { run, startServer, stopServer, toolEnv, waitForHttp } from "../scripts/lib/processes.mjs"
import { SORTS, VALUE_FACETS } from "../storefront/src/features/catalog/search-request.ts"
import { machine } from "./lib/stack.mjs"
import { generateDocuments, generateProducers, generateQueries, QUERY_TYPES, random } from "./lib/search-synthetic.mjs"
import { positional, sqlManager } from "./lib/sql-manager.mjs"
import { BEFORE, KINDS, QUERIES } from "./search-queries.mjs"

const { planProducts } = await import("../seed/plan.ts")
const { TOWNS } = await import("../seed/data/towns.ts")
const { SYNONYM_GROUPS } = await import("../seed/data/synonyms.ts")

const require = createRequire(import.meta.url)
const flags = new Set(process.argv.slice(2))
const log = (message) => console.log(`[bench search] ${message}`)
const loads = () => loadavg().map((value) => Number(value.toFixed(2)))

const DATA_DIR = join(repoRoot, ".data", "bench-search")
const ENV_FILE = join(DATA_DIR, ".env")
const POSTGRES_PORT = "54450"
const BACKEND_PORT = 9450
const backend = `http://localhost:${BACKEND_PORT}`
/** What the catalog shows per page, and the type-ahead per index. */
const PAGE = 24
const SUGGESTIONS = 5
const SUGGESTION_PREFIXES = ["Br", "Bra", "Brat", "Bratw", "Kä", "Käs", "Rauchb"]
const SUGGESTION_ROUNDS = 30
const SYNC_RUNS = 5
const SYNC_POLL_MS = 20
const SYNC_TIMEOUT_MS = 30_000
const SIZES = [10_000, 100_000]
const INDEX_BATCH = 500
const QUERIES_PER_TYPE = 60
/** With facets a search costs several times as much; a third of the mix (20 of each type) keeps the run short. */
const FACET_QUERIES = 120
const TARGET_P95_MS_AT_100K = 20

/** The 1-minute load every 10 s through the run, so a reader sees what else the machine was doing. */
const loadSamples = []
setInterval(() => loadSamples.push(loadavg()[0]), 10_000).unref()

const git = (...args) => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim()
const results = {
  measured_at: new Date().toISOString(),
  machine: {
    ...machine(),
    loadavg_note:
      "The load counts this bench's own processes too (the build, PostgreSQL, the backend, this script: up to about 2 by themselves); what is above that is other work on the machine, and the figures are pessimistic by as much.",
    loadavg_1_5_15_at_start: loads(),
  },
  // What was built and measured: others work in the same checkout, so uncommitted code is named.
  code: {
    commit: git("rev-parse", "--short", "HEAD"),
    uncommitted_under_plugins_seed_backend: git("status", "--porcelain", "--", "plugins", "seed", "backend").split("\n").filter(Boolean),
  },
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const round = (value, digits = 2) => Number(value.toFixed(digits))
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    runs: sorted.length,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    max_ms: round(sorted.at(-1)),
  }
}
const mean = (values) => (values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, 3) : null)
async function timed(fn) {
  const started = process.hrtime.bigint()
  const value = await fn()
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 }
}

// ---- the seeded backend ----------------------------------------------------------------

/** Seeds the bench's own database through `npm run up --no-start`; returns its .env values. */
async function prepareSeeded() {
  mkdirSync(DATA_DIR, { recursive: true })
  Object.assign(process.env, { EMBEDDED_POSTGRES_DIR: DATA_DIR, EMBEDDED_POSTGRES_PORT: POSTGRES_PORT })
  delete process.env.DATABASE_URL
  await run("bench-search-up", process.execPath, ["scripts/up.mjs", "--no-start", ...(flags.has("--skip-build") ? ["--skip-build"] : [])], {
    env: toolEnv({ GENUSSNETZ_ENV_FILE: ENV_FILE, BACKEND_PORT: String(BACKEND_PORT) }),
  })
  return parseEnv(readFileSync(ENV_FILE, "utf8"))
}

/** The production backend on the bench's port; resolves once it is ready. */
async function startBackend(databaseUrl, env) {
  const server = startServer("bench-search-backend", "npx", ["medusa", "start"], {
    cwd: join(backendDir, ".medusa", "server"),
    env: toolEnv({
      DATABASE_URL: databaseUrl,
      MEDUSA_BACKEND_URL: backend,
      NODE_ENV: "production",
      PORT: String(BACKEND_PORT),
      JWT_SECRET: env.JWT_SECRET,
      COOKIE_SECRET: env.COOKIE_SECRET,
    }),
  })
  try {
    await waitForHttp(`${backend}/health/ready`, { child: server })
  } catch (error) {
    await stopServer(server)
    throw error
  }
  return server
}

function storeSearch(publishableKey) {
  return async (body) => {
    const response = await fetch(`${backend}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok) throw Object.assign(new Error(`POST /store/search ${response.status}: ${JSON.stringify(json)}`), { status: response.status })
    return json.results
  }
}

/** The seed's products as the relevance rules read them. */
function plannedProducts() {
  return planProducts().map((p) => ({
    handle: p.handle,
    title: p.template.title.de,
    title_en: p.template.title.en,
    category: p.template.category,
    producer_name: p.producer.name,
    producer_town: TOWNS[p.producer.town].name,
    craft: p.producer.craft,
  }))
}

/** The catalog's search with a shopper's words: first page, relevance order, typos allowed. */
const relevanceQuery = (q) => ({
  entity: "product",
  fields: ["id", "handle"],
  filters: { q },
  pagination: { skip: 0, take: PAGE, order: SORTS.relevanz },
  search_options: {
    typo_tolerance: true,
    count: "estimated",
    facets: [...VALUE_FACETS.map((field) => ({ field, limit: 100 })), { field: "price", type: "stats" }],
    disjunctive_facets: true,
  },
})

/** Whether every relevant hit on the page comes before every other hit. */
function relevantFirst(page, relevant) {
  const firstOther = page.findIndex((handle) => !relevant.has(handle))
  return firstOther === -1 || page.slice(firstOther).every((handle) => !relevant.has(handle))
}

async function measureRelevance(search) {
  const planned = plannedProducts()
  const perQuery = []
  for (const { q, kind, relevant: rule, note } of QUERIES) {
    const relevant = new Set(planned.filter(rule.test).map((p) => p.handle))
    const { value: [result], ms } = await timed(() => search(relevanceQuery(q)))
    const page = result.hits.map((hit) => hit.document.handle)
    const found = page.filter((handle) => relevant.has(handle))
    perQuery.push({
      q,
      kind,
      relevant_rule: rule.describe,
      ...(note ? { note } : {}),
      relevant: relevant.size,
      matches: result.metadata?.count ?? null,
      hits_on_page: page.length,
      relevant_on_page: found.length,
      recall: relevant.size ? round(found.length / Math.min(relevant.size, PAGE), 3) : null,
      precision: page.length ? round(found.length / page.length, 3) : null,
      precision_at_5: page.length ? round(page.slice(0, 5).filter((h) => relevant.has(h)).length / Math.min(5, page.length), 3) : null,
      relevant_first: page.length ? relevantFirst(page, relevant) : null,
      response_ms: round(ms, 1),
      first_hits: page.slice(0, 5),
      missed: [...relevant].filter((handle) => !page.includes(handle)).slice(0, 5),
      shown_not_relevant: page.filter((handle) => !relevant.has(handle)).slice(0, 5),
    })
  }
  const means = (rows) => ({
    queries: rows.length,
    recall: mean(rows.map((r) => r.recall).filter((v) => v !== null)),
    precision: mean(rows.map((r) => r.precision).filter((v) => v !== null)),
    precision_at_5: mean(rows.map((r) => r.precision_at_5).filter((v) => v !== null)),
    relevant_first_share: mean(rows.filter((r) => r.relevant_first !== null).map((r) => (r.relevant_first ? 1 : 0))),
    queries_without_hits: rows.filter((r) => !r.hits_on_page).length,
  })
  return {
    page_size: PAGE,
    definition:
      "recall = relevant hits on the first page / min(relevant products, 24); precision = relevant hits on the page / hits on the page (a query without hits has no precision and is left out of the precision means; it counts with recall 0); precision_at_5 = the same over the first 5 hits; relevant_first = every relevant hit on the page comes before every other hit (relevant_first_share: the share of queries with hits where it does). Relevant: the query's rule over the seed's planned products (bench/search-queries.mjs), independent of the search.",
    request: relevanceQuery("<q>"),
    overall: means(perQuery),
    per_kind: Object.fromEntries(KINDS.map((kind) => [kind, means(perQuery.filter((r) => r.kind === kind))])),
    before: BEFORE,
    per_query: perQuery,
  }
}

/** Whether the backend serves an index on /store/search (another engineer is adding some). */
async function servesIndex(search, entity) {
  try {
    await search({ entity, filters: { q: "Br" }, pagination: { take: 1 } })
    return true
  } catch (error) {
    if (error.status === 404 || error.status === 400) return false
    throw error
  }
}

async function measureSuggestions(search) {
  const extras = []
  for (const entity of ["producer", "product_category"]) if (await servesIndex(search, entity)) extras.push(entity)
  const request = (prefix, withExtras) => ({
    queries: [
      {
        entity: "product",
        fields: ["id", "handle", "title"],
        filters: { q: prefix },
        pagination: { skip: 0, take: SUGGESTIONS },
        search_options: { match_strategy: "last", typo_tolerance: true },
      },
      ...(withExtras ? extras : []).map((entity) => ({
        entity,
        filters: { q: prefix },
        pagination: { skip: 0, take: SUGGESTIONS },
        search_options: { match_strategy: "last", typo_tolerance: true },
      })),
    ],
  })
  const measure = async (withExtras) => {
    for (const prefix of SUGGESTION_PREFIXES) await search(request(prefix, withExtras)) // warm-up
    const times = []
    const byPrefix = Object.fromEntries(SUGGESTION_PREFIXES.map((p) => [p, []]))
    const hits = {}
    for (let round = 0; round < SUGGESTION_ROUNDS; round++) {
      for (const prefix of SUGGESTION_PREFIXES) {
        const { value, ms } = await timed(() => search(request(prefix, withExtras)))
        times.push(ms)
        byPrefix[prefix].push(ms)
        hits[prefix] ??= value.map((r) => r.hits.length)
      }
    }
    return {
      ...summary(times),
      per_prefix: Object.fromEntries(
        SUGGESTION_PREFIXES.map((p) => [p, { p50_ms: summary(byPrefix[p]).p50_ms, p95_ms: summary(byPrefix[p]).p95_ms, hits_per_index: hits[p] }])
      ),
    }
  }
  return {
    prefixes: SUGGESTION_PREFIXES,
    request: request("<prefix>", true),
    indexes_in_request: ["product", ...extras],
    missing_indexes: ["producer", "product_category"].filter((e) => !extras.includes(e)),
    product_only: await measure(false),
    ...(extras.length ? { with_other_indexes: await measure(true) } : {}),
  }
}

async function measureSyncLag(search, env) {
  if (!env.ADMIN_PASSWORD) return { skipped: "the admin password is not in .data/bench-search/.env" }
  const auth = await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
  })
  const { token } = await auth.json()
  if (!token) throw new Error(`admin login failed (${auth.status})`)
  const handle = "stadtwurst-metzgerei-wunder"
  const [found] = await search({ entity: "product", fields: ["id", "title"], filters: { handle }, pagination: { take: 1 } })
  const product = found.hits[0]?.document
  if (!product) throw new Error(`product ${handle} not in the index`)
  const setTitle = async (title) => {
    const response = await fetch(`${backend}/admin/products/${product.id}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ title }),
    })
    if (!response.ok) throw new Error(`POST /admin/products/:id ${response.status}: ${await response.text()}`)
  }
  const findsBy = async (word) => {
    const [result] = await search({ entity: "product", fields: ["id"], filters: { q: word }, pagination: { take: 5 } })
    return result.hits.some((hit) => hit.id === product.id || hit.document?.id === product.id)
  }
  const runs = []
  try {
    for (let i = 0; i < SYNC_RUNS; i++) {
      // A word no product has: letters only, so no analyzer splits it.
      const word = `Synclag${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`
      const started = performance.now()
      await setTitle(`${product.title} ${word}`)
      const acknowledged = performance.now()
      let polls = 0
      while (!(await findsBy(word))) {
        polls++
        if (performance.now() - started > SYNC_TIMEOUT_MS) throw new Error(`the new title was not found within ${SYNC_TIMEOUT_MS} ms`)
        await sleep(SYNC_POLL_MS)
      }
      const foundAt = performance.now()
      runs.push({ from_request_ms: round(foundAt - started, 1), from_admin_response_ms: round(foundAt - acknowledged, 1), admin_update_ms: round(acknowledged - started, 1), polls })
      await sleep(200)
    }
  } finally {
    await setTitle(product.title)
  }
  const median = (key) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)]
  return {
    product: handle,
    how: `POST /admin/products/:id with a new unique word in the title, then POST /store/search for that word every ${SYNC_POLL_MS} ms until the product is a hit; the title is restored afterwards`,
    median_from_request_ms: median("from_request_ms"),
    median_from_admin_response_ms: median("from_admin_response_ms"),
    runs,
  }
}

// ---- scale, straight against the provider -------------------------------------------------

const built = (plugin, path) => join(repoRoot, "plugins", plugin, ".medusa", "server", "src", path)

/** The provider's tables as migrations make them: extensions, the German configuration, the catalog and synonym tables. */
async function createSearchSchema(pool) {
  const migrations = [
    require("@medusajs/search-postgres/dist/migrations/Migration20260807120000.js").Migration20260807120000,
    require(built("provenance", "modules/provenance/migrations/Migration20261125060000.js")).Migration20261125060000,
    require(built("search", "modules/synonym/migrations/Migration20261202060000.js")).Migration20261202060000,
  ]
  for (const Migration of migrations) {
    const migration = new Migration(null, null)
    await migration.up()
    for (const sql of migration.getQueries()) await pool.query(sql)
  }
  for (const [i, group] of SYNONYM_GROUPS.entries()) {
    await pool.query(`INSERT INTO "synonym_group" ("id", "terms", "note") VALUES ($1, $2, $3)`, [`syngrp_bench_${i}`, group.terms, group.note])
  }
}

/** A search as the Search Module hands it to the provider (normalizeSearchQuery), store filters included. */
function providerQuery(normalize, index, { q, last }, { facets }) {
  return normalize({
    index,
    query: {
      entity: "product",
      fields: ["id", "in_stock"],
      // What POST /store/search adds to every product query: published, in the key's channel.
      filters: { q, status: "published", sales_channel_ids: ["sc_bench"] },
      pagination: { skip: 0, take: PAGE, order: SORTS.relevanz },
      search_options: {
        typo_tolerance: true,
        count: "estimated",
        ...(last ? { match_strategy: "last" } : {}),
        ...(facets
          ? {
              facets: [
                { field: "producer_town", type: "value", limit: 100 },
                { field: "producer_craft", type: "value", limit: 100 },
                { field: "category_ids", type: "value", limit: 100 },
                { field: "price", type: "stats" },
              ],
            }
          : {}),
      },
    },
  })
}

async function measureScale(databaseUrl) {
  const { GermanPostgresSearchService } = require(built("search", "providers/postgres/service.js"))
  // An index file registers itself with Medusa's module registry as it loads (defineSearchIndex), as the app loads it.
  require("@medusajs/framework/modules-sdk")
  const productIndex = require(built("provenance", "search/product.js")).default
  const { normalizeSearchQuery, resolveIndexDefinitions, validateFieldUsage } = require("@medusajs/search/dist/utils")

  const syntheticUrl = databaseUrl.replace(/\/genussnetz$/, "/genussnetz_search_synthetic")
  await dropDatabase(syntheticUrl)
  await ensureDatabase(syntheticUrl)
  // Medusa's pool answers a search's statements (hits, count, facets) concurrently; so does this one.
  const pool = new pg.Pool({ connectionString: syntheticUrl, max: 10 })
  pool.on("error", (error) => log(`idle connection lost: ${error.message}`))
  try {
    await createSearchSchema(pool)
    let recording = null
    const manager = sqlManager(pool, { onExecute: (sql, params) => recording?.push({ sql, params }) })
    const logger = { info() {}, debug() {}, warn: (m) => log(`provider: ${m}`), error: (m) => log(`provider: ${m}`) }
    const provider = new GermanPostgresSearchService({ manager, logger }, { language: "german" })
    const index = resolveIndexDefinitions({ definitions: [productIndex], default_provider: GermanPostgresSearchService.identifier, index_prefix: "bench" }).get("product")

    const rand = random(20261202)
    const producers = generateProducers(rand, { count: 300, towns: 120 })
    const documents = generateDocuments(rand, producers, SIZES.at(-1))
    const queries = generateQueries(random(7), producers, { perType: QUERIES_PER_TYPE })
    const inputs = (facets) =>
      (facets ? queries.slice(0, FACET_QUERIES) : queries).map((query) => ({ query, input: () => providerQuery(normalizeSearchQuery, index, query, { facets }) }))
    for (const facets of [false, true]) validateFieldUsage({ index, query: providerQuery(normalizeSearchQuery, index, queries[0], { facets }) })

    const scale = {
      generated: {
        producers: producers.length,
        towns: new Set(producers.map((p) => p.town)).size,
        documents: documents.length,
        example_documents: documents.slice(0, 2),
        queries: queries.length,
        queries_with_facets: Math.min(FACET_QUERIES, queries.length),
        query_types: QUERY_TYPES,
        example_queries: Object.fromEntries(QUERY_TYPES.map((type) => [type, queries.filter((q) => q.type === type).slice(0, 6).map((q) => q.q)])),
      },
      index_name: index.physical_name,
      request: providerQuery(normalizeSearchQuery, index, { q: "<q>", last: false }, { facets: true }),
      target: { p95_ms_at_100k_plain: TARGET_P95_MS_AT_100K },
      postgres: { shared_buffers: (await pool.query("SHOW shared_buffers")).rows[0].shared_buffers },
      sizes: {},
    }
    const { value: upsertIndexTask, ms: upsertIndexMs } = await timed(() => provider.upsertIndex({ index }))
    if (upsertIndexTask.status !== "succeeded") throw new Error(`upsertIndex: ${JSON.stringify(upsertIndexTask)}`)
    const catalog = (await pool.query(`SELECT "table_name" FROM "search_postgres_index" WHERE "name" = $1`, [index.physical_name])).rows[0]

    let indexed = 0
    let totalIndexMs = upsertIndexMs
    for (const size of SIZES) {
      log(`Indexing documents ${indexed} … ${size} …`)
      let batchesMs = 0
      for (let offset = indexed; offset < size; offset += INDEX_BATCH) {
        const batch = documents.slice(offset, Math.min(offset + INDEX_BATCH, size))
        const { value: task, ms } = await timed(() => provider.upsertDocuments({ index: index.physical_name, definition: index, documents: batch }))
        if (task.status !== "succeeded") throw new Error(`upsertDocuments: ${JSON.stringify(task)}`)
        batchesMs += ms
      }
      const first = indexed === 0
      const indexMs = batchesMs + (first ? upsertIndexMs : 0)
      const added = size - indexed
      totalIndexMs += batchesMs
      indexed = size
      // As autovacuum does within a minute of such a load (it had not yet when the search
      // started, and then ran beside it): planner statistics, the GIN indexes' pending entries
      // merged, the visibility map and hint bits written.
      await pool.query(`VACUUM ANALYZE "${catalog.table_name}"`)
      await pool.query(`VACUUM ANALYZE "${catalog.table_name}_words"`)
      const sizes = (await pool.query(
        `SELECT pg_total_relation_size($1) AS table_bytes, pg_total_relation_size($2) AS words_bytes, (SELECT count(*) FROM "${catalog.table_name}_words")::int AS words`,
        [catalog.table_name, `${catalog.table_name}_words`]
      )).rows[0]
      const entry = {
        documents: size,
        index: {
          documents_added: added,
          batch: INDEX_BATCH,
          seconds: round(indexMs / 1000, 1),
          docs_per_s: Math.round(added / (indexMs / 1000)),
          ...(first ? { includes_upsert_index_ms: round(upsertIndexMs, 1) } : {}),
          cumulative_seconds_from_empty: round(totalIndexMs / 1000, 1),
        },
        table_mib: round(Number(sizes.table_bytes) / 2 ** 20, 1),
        vocabulary: { words: sizes.words, mib: round(Number(sizes.words_bytes) / 2 ** 20, 1) },
      }
      log(`${size}: indexed ${added} in ${entry.index.seconds} s (${entry.index.docs_per_s} docs/s)`)

      for (const facets of [false, true]) {
        const label = facets ? "with_facets" : "plain"
        // Each query twice: the first pass meets pages no search has read yet (reported, as
        // first_pass); the second is what a running shop's warm caches answer (the figures).
        const pass = async () => {
          const times = []
          const byType = Object.fromEntries(QUERY_TYPES.map((t) => [t, { times: [], matches: [] }]))
          for (const { query, input } of inputs(facets)) {
            const { value, ms } = await timed(() => provider.search(input()))
            times.push(ms)
            byType[query.type].times.push(ms)
            byType[query.type].matches.push(value.metadata.count ?? 0)
          }
          return { times, byType }
        }
        const first = await pass()
        const { times, byType } = await pass()
        entry[label] = {
          ...summary(times),
          per_type: Object.fromEntries(
            QUERY_TYPES.map((t) => [t, { ...summary(byType[t].times), mean_matches: Math.round(mean(byType[t].matches)) }])
          ),
          first_pass: {
            ...summary(first.times),
            per_type: Object.fromEntries(QUERY_TYPES.map((t) => [t, summary(first.byType[t].times)])),
          },
        }
        log(`${size} ${label}: ${JSON.stringify(summary(times))}`)
      }
      scale.sizes[size] = entry
    }

    // The plan of one typical search's statements at the largest size: a compound and a head.
    scale.explain = {}
    for (const q of ["Roggenbrot", "Bier"]) {
      recording = []
      await provider.search(providerQuery(normalizeSearchQuery, index, { q, last: false }, { facets: false }))
      const statements = recording
      recording = null
      const hits = statements.find((s) => /ORDER BY/.test(s.sql) && /LIMIT/.test(s.sql))
      const count = statements.find((s) => /COUNT\(\*\)/.test(s.sql))
      const explain = async (statement) =>
        statement
          ? (await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${positional(statement.sql)}`, statement.params)).rows.map((r) => r["QUERY PLAN"])
          : null
      scale.explain[q] = {
        statements_per_search: statements.length,
        hits_sql: hits?.sql.replace(/\s+/g, " ").trim(),
        hits_plan: await explain(hits),
        count_plan: await explain(count),
      }
    }
    const largest = scale.sizes[SIZES.at(-1)].plain
    scale.verdict = `plain search p95 at ${SIZES.at(-1)} documents, warm: ${largest.p95_ms} ms, target ≤ ${TARGET_P95_MS_AT_100K} ms: ${largest.p95_ms <= TARGET_P95_MS_AT_100K ? "met" : "not met"} (first pass, pages not yet read: ${largest.first_pass.p95_ms} ms)`
    return scale
  } finally {
    await pool.end()
  }
}

// ---- the run -------------------------------------------------------------------------------

// `--seeded-only` / `--scale-only` run one half and print it without writing the results file.
const seededPart = !flags.has("--scale-only")
const scalePart = !flags.has("--seeded-only")
let env
if (seededPart) {
  log("Preparing the bench database and builds (npm run up --no-start) …")
  const preparedAt = Date.now()
  env = await prepareSeeded()
  results.prepare_s = round((Date.now() - preparedAt) / 1000, 1)
} else {
  mkdirSync(DATA_DIR, { recursive: true })
  Object.assign(process.env, { EMBEDDED_POSTGRES_DIR: DATA_DIR, EMBEDDED_POSTGRES_PORT: POSTGRES_PORT })
  delete process.env.DATABASE_URL
}
const database = await provideDatabase({ log })
try {
  if (seededPart) {
    const server = await startBackend(database.databaseUrl, env)
    try {
      const search = storeSearch(env.MEDUSA_PUBLISHABLE_KEY)
      await search(relevanceQuery("Brot")) // the first request pays for loading
      log("Relevance on the seeded catalog …")
      const seededLoad = loads()
      results.relevance = await measureRelevance(search)
      log(`relevance: ${JSON.stringify(results.relevance.overall)}`)
      log("Suggestions …")
      results.suggestions = await measureSuggestions(search)
      log(`suggestions (product): ${JSON.stringify(results.suggestions.product_only)}`)
      log("Sync lag …")
      results.sync_lag = await measureSyncLag(search, env)
      log(`sync lag: ${JSON.stringify(results.sync_lag.runs ?? results.sync_lag)}`)
      results.machine.loadavg_1_5_15_seeded_part = { start: seededLoad, end: loads() }
    } finally {
      await stopServer(server)
    }
  }
  if (scalePart) {
    log("Scale on PostgreSQL (synthetic catalog, provider class) …")
    const scaleLoad = loads()
    results.scale = await measureScale(database.databaseUrl)
    results.machine.loadavg_1_5_15_scale_part = { start: scaleLoad, end: loads() }
  }
} finally {
  await database.stop()
}
results.machine.loadavg_1_5_15_at_end = loads()
results.machine.loadavg_1min_sampled_every_10_s = {
  samples: loadSamples.length,
  min: round(Math.min(...loadSamples)),
  mean: mean(loadSamples),
  max: round(Math.max(...loadSamples)),
}
results.duration_s = round((Date.now() - Date.parse(results.measured_at)) / 1000, 1)

if (!seededPart || !scalePart) {
  console.log(JSON.stringify(results, null, 2))
  process.exit(0)
}
const out = join(repoRoot, "bench", "results", "search.json")
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
log(`written to ${out}`)

const pct = (v) => (v === null ? "–" : `${Math.round(v * 100)} %`)
const { relevance, scale, suggestions, sync_lag: syncLag } = results
console.log(`
Search bench (${results.duration_s} s; 1-min load ${results.machine.loadavg_1_5_15_at_start[0]} at start, ${results.machine.loadavg_1_5_15_at_end[0]} at end, mean ${results.machine.loadavg_1min_sampled_every_10_s.mean}, max ${results.machine.loadavg_1min_sampled_every_10_s.max} on ${results.machine.cpus} cores)
  Relevance, ${relevance.overall.queries} queries, first page of ${PAGE}: recall ${pct(relevance.overall.recall)}, precision ${pct(relevance.overall.precision)}, precision of the first 5 ${pct(relevance.overall.precision_at_5)} (before: ${pct(BEFORE.recall)} / ${pct(BEFORE.precision)}, the issue's own measure)
${KINDS.map((k) => `    ${k.padEnd(14)} recall ${pct(relevance.per_kind[k].recall).padStart(5)}  precision ${pct(relevance.per_kind[k].precision).padStart(5)}  first 5 ${pct(relevance.per_kind[k].precision_at_5).padStart(5)}`).join("\n")}
    without hits: ${relevance.per_query.filter((r) => !r.hits_on_page).map((r) => r.q).join(", ") || "none"}
${SIZES.map((size) => {
  const s = scale.sizes[size]
  return `  ${size} documents: indexed at ${s.index.docs_per_s} docs/s (${s.index.cumulative_seconds_from_empty} s from empty); search p50/p95/p99 ${s.plain.p50_ms}/${s.plain.p95_ms}/${s.plain.p99_ms} ms, with facets ${s.with_facets.p50_ms}/${s.with_facets.p95_ms}/${s.with_facets.p99_ms} ms`
}).join("\n")}
  ${scale.verdict}
  Suggestions (product, 5 hits): p50 ${suggestions.product_only.p50_ms} ms, p95 ${suggestions.product_only.p95_ms} ms${
    suggestions.with_other_indexes ? `; with ${suggestions.indexes_in_request.slice(1).join(", ")}: p50 ${suggestions.with_other_indexes.p50_ms} ms, p95 ${suggestions.with_other_indexes.p95_ms} ms` : `; not served yet: ${suggestions.missing_indexes.join(", ")}`
  }
  Sync lag (median of ${SYNC_RUNS}): ${syncLag.median_from_request_ms ?? "–"} ms from the admin request, ${syncLag.median_from_admin_response_ms ?? "–"} ms after its response
`)
