#!/usr/bin/env node
// Resilience benchmark (issue 14): the association's what-if and single-points routes on the
// seeded network, through the production backend; and the same questions on a synthetic network
// of 10k producers, 100k supply links and 50k products (bench/lib/provenance-synthetic.mjs):
// the two reads the route makes of the provenance tables and the producers, building the graph,
// and the answers, in this process. The synthetic products are not Medusa's (the generator
// names their makers), so there the route's product read and the 90 days of orders are left out;
// at the seed they are in.
// Writes bench/results/resilience.json. `npm run bench:resilience` (`-- --skip-build` reuses the last build).
import { createRequire } from "node:module"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import pg from "pg"
import { dropDatabase, ensureDatabase, provideDatabase } from "../scripts/lib/database.mjs"
import { backendDir, repoRoot } from "../scripts/lib/paths.mjs"
import { run, toolEnv } from "../scripts/lib/processes.mjs"
import { generateSynthetic, random } from "./lib/provenance-synthetic.mjs"
import { backend, benchEnv, log, machine, prepare, startStack } from "./lib/stack.mjs"
import { figures, round, timed } from "./lib/timing.mjs"

const require = createRequire(import.meta.url)
const fromPlugin = (plugin, path) => require(join(repoRoot, "plugins", plugin, ".medusa", "server", "src", path))
const { alternativesFor, buildNetwork, hasAlternative, networkSinglePoints, whatIf } = fromPlugin("cooperation", "resilience/network.js")
const { LIVE_INPUTS_SQL, LIVE_LINKS_SQL, liveNetworkBindings } = fromPlugin("provenance", "modules/provenance/network-sql.js")
const { DEFAULT_REGION } = fromPlugin("provenance", "modules/provenance/service.js")
const { inRegion } = fromPlugin("provenance", "modules/provenance/chain/build-chain.js")
const { matchPosts } = fromPlugin("cooperation", "board/matching.js")

const skipBuild = process.argv.includes("--skip-build")
const ROUNDS = 30
const results = { measured_at: new Date().toISOString(), machine: machine() }

// --- the seeded network, through the routes ---------------------------------------------
const publishableKey = await prepare({ skipBuild })
const stack = await startStack(publishableKey)
try {
  const env = benchEnv()
  const login = await (await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
  })).json()
  const headers = { authorization: `Bearer ${login.token}`, "content-type": "application/json" }
  const call = async (path, body) => {
    const response = await fetch(`${backend}${path}`, body ? { method: "POST", headers, body: JSON.stringify(body) } : { headers })
    const answer = await response.json()
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer)}`)
    return answer
  }
  const producers = (await call("/admin/producers?limit=200")).producers
  const idOf = (handle) => producers.find((producer) => producer.handle === handle).id
  const mills = producers.filter((producer) => producer.craft === "mill").map((producer) => producer.id)
  const closures = {
    one_slaughterhouse: { producer_ids: [idOf("schlachthof-rothenbach")] },
    slaughterhouses_in_landkreis_kulmbach: { craft: "slaughterhouse", district: "Landkreis Kulmbach" },
    all_mills: { producer_ids: mills },
  }
  results.seed = { producers: producers.length, what_if: {}, single_points: {} }
  for (const [name, body] of Object.entries(closures)) {
    let answer
    const timing = await timed(ROUNDS, async () => {
      answer = await call("/admin/resilience/what-if", body)
    })
    results.seed.what_if[name] = { ...timing, lost: answer.lost_count, can_switch: answer.can_switch_count, producers_hit: answer.producers_hit.length }
    log(`seed what-if ${name}: ${JSON.stringify(results.seed.what_if[name])}`)
  }
  let points
  results.seed.single_points.top_50_by_revenue = await timed(ROUNDS, async () => {
    points = await call("/admin/resilience/single-points?limit=50&order=-revenue")
  })
  results.seed.single_points.count = points.count
  log(`seed single points: ${JSON.stringify(results.seed.single_points)}`)
} finally {
  await stack.stop()
}

// --- the synthetic network, in process ----------------------------------------------------
// knex's `?` placeholders as pg's numbered ones.
const numbered = (sql) => {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}
const PRODUCERS_SQL = `SELECT id, craft, district, latitude, longitude FROM producer WHERE deleted_at IS NULL`

const database = await provideDatabase({ log })
try {
  const syntheticUrl = database.databaseUrl.replace(/\/genussnetz$/, "/genussnetz_resilience_synthetic")
  await dropDatabase(syntheticUrl)
  await ensureDatabase(syntheticUrl)
  log("Migrating the synthetic database …")
  await run("bench-resilience-migrate", "npx", ["medusa", "db:migrate", "--skip-links"], { cwd: backendDir, env: toolEnv({ DATABASE_URL: syntheticUrl }) })
  const client = new pg.Client({ connectionString: syntheticUrl })
  await client.connect()
  log("Generating 10k producers, 100k supply links, 50k products …")
  const generated = await generateSynthetic(client)
  results.synthetic = { producers: generated.producers, supply_links: generated.supply_links, products: generated.products, product_inputs: generated.product_inputs }

  /** The route's reads: live links, live inputs, the producers with their places. */
  const load = async () => {
    const now = new Date()
    const [links, inputs, producerRows] = await Promise.all([
      client.query(numbered(LIVE_LINKS_SQL), liveNetworkBindings(now)),
      client.query(numbered(LIVE_INPUTS_SQL), liveNetworkBindings(now)),
      client.query(PRODUCERS_SQL),
    ])
    return { links: links.rows, inputs: inputs.rows, producers: producerRows.rows }
  }
  const build = ({ links, inputs, producers }) =>
    buildNetwork({
      links,
      inputs,
      producers: producers.map((p) => {
        const place = { latitude: Number(p.latitude), longitude: Number(p.longitude) }
        return { id: p.id, ...place, in_region: inRegion(place, DEFAULT_REGION) }
      }),
    })

  let rows
  results.synthetic.load = await timed(5, async () => {
    rows = await load()
  })
  results.synthetic.live_links = rows.links.length
  results.synthetic.live_inputs = rows.inputs.length
  let network
  results.synthetic.build_graph = await timed(5, async () => {
    network = build(rows)
  })
  log(`synthetic load ${JSON.stringify(results.synthetic.load)}, build ${JSON.stringify(results.synthetic.build_graph)}`)

  const rand = random(14)
  const pickOf = (craft) => rows.producers.filter((p) => p.craft === craft)
  const sample = (list, count) => Array.from({ length: count }, () => list[Math.floor(rand() * list.length)].id)
  const closures = {
    one_farm: new Set(sample(pickOf("farm"), 1)),
    one_mill: new Set(sample(pickOf("mill"), 1)),
    one_percent_of_producers: new Set(sample(rows.producers, 100)),
    every_slaughterhouse: new Set(pickOf("slaughterhouse").map((p) => p.id)),
  }
  results.synthetic.what_if = {}
  for (const [name, closed] of Object.entries(closures)) {
    let answer
    const compute = await timed(10, async () => {
      answer = whatIf(network, generated.makers, closed)
    })
    results.synthetic.what_if[name] = {
      closed: closed.size,
      compute: compute,
      lost: answer.lost.length,
      can_switch: answer.can_switch.length,
      producers_hit: answer.producers_hit.length,
    }
    log(`synthetic what-if ${name}: ${JSON.stringify(results.synthetic.what_if[name])}`)
  }
  // One whole request's work as the route does it, end to end: read, build, answer.
  const whole = []
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now()
    whatIf(build(await load()), generated.makers, closures.one_mill)
    whole.push(performance.now() - t0)
  }
  results.synthetic.what_if_read_build_answer = figures(whole)
  // The single-points route's work: every product's single points, the top 50 by products with
  // who could step in; and, for its has_alternative filter, whether anyone could for each.
  let points
  results.synthetic.single_points_top_50 = await timed(3, async () => {
    points = networkSinglePoints(network, generated.makers.map((product) => product.id))
    points.sort((a, b) => b.product_ids.length - a.product_ids.length).slice(0, 50).forEach((point) => alternativesFor(network, point))
  })
  results.synthetic.single_points_count = points.length
  let covered = 0
  results.synthetic.single_points_has_alternative_filter = await timed(3, async () => {
    covered = points.filter((point) => hasAlternative(network, point)).length
  })
  results.synthetic.single_points_with_alternative = covered

  // The cooperation board: 1,000 open offers and 1,000 open needs of the synthetic producers (40
  // materials, three steps, windows over the next year, radii 20–100 km), every match found.
  const boardProducers = new Map(rows.producers.map((p) => [p.id, { latitude: Number(p.latitude), longitude: Number(p.longitude), craft: p.craft }]))
  const boardPost = (kind, i) => {
    const from = Date.now() + Math.floor(rand() * 180) * 86_400_000
    return {
      id: `${kind}_${i}`,
      producer_id: rows.producers[Math.floor(rand() * rows.producers.length)].id,
      kind,
      material: `Material ${Math.floor(rand() * 40)}`,
      craft: null,
      step: ["mill", "bake", "cook"][Math.floor(rand() * 3)],
      available_from: new Date(from),
      available_until: new Date(from + (30 + Math.floor(rand() * 335)) * 86_400_000),
      radius_km: 20 + Math.floor(rand() * 80),
    }
  }
  const offers = Array.from({ length: 1000 }, (_, i) => boardPost("offer", i))
  const needs = Array.from({ length: 1000 }, (_, i) => boardPost("need", i))
  let found = []
  results.synthetic.matching_1000_offers_1000_needs = await timed(10, async () => {
    found = matchPosts(needs, offers, boardProducers)
  })
  results.synthetic.matches_found = found.length
  log(`synthetic matching: ${JSON.stringify(results.synthetic.matching_1000_offers_1000_needs)}, ${found.length} matches`)
  results.synthetic.rss_mib = round(process.memoryUsage().rss / 2 ** 20, 0)
  log(`synthetic whole what-if: ${JSON.stringify(results.synthetic.what_if_read_build_answer)}; single points: ${JSON.stringify(results.synthetic.single_points_top_50)}, filter ${JSON.stringify(results.synthetic.single_points_has_alternative_filter)}`)
  await client.end()
  await dropDatabase(syntheticUrl)
} finally {
  await database.stop()
}

const out = join(repoRoot, "bench", "results", "resilience.json")
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
log(`written to ${out}`)
