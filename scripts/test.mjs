#!/usr/bin/env node
// `npm test`: builds the plugins Medusa loads from their .medusa folders, runs every vitest
// project (storefront units, backend integration, whole system) and, beside them, the type
// checks (`npm run typecheck`), and ends with one plain summary line: `N passed, N failed,
// N skipped`, followed by the type check's verdict. A type error fails the run.
//
// It needs nothing installed beforehand but the repository's own packages:
// - PostgreSQL: TEST_DATABASE_URL, or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (default
//   postgres@localhost:5432) if that server answers; otherwise an embedded PostgreSQL of the
//   tests' own (.data/test-postgres, port TEST_EMBEDDED_POSTGRES_PORT or 54430), stopped at the end.
// - Redis (only the production-profile system test needs it): REDIS_URL, or 127.0.0.1:6379 if it
//   answers, or a `redis-server` found on PATH, started on a free port and stopped at the end.
//   With none, that test is skipped and the summary line says so.
import { spawn } from "node:child_process"
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { delimiter, join } from "node:path"
import pg from "pg"
import { startEmbeddedPostgres } from "./lib/database.mjs"
import { repoRoot } from "./lib/paths.mjs"
import { toolEnv } from "./lib/processes.mjs"

const log = (message) => console.log(`[test] ${message}`)
const results = join(repoRoot, ".data", "test-results.json")
mkdirSync(join(repoRoot, ".data"), { recursive: true })
rmSync(results, { force: true })

/** Everything this run started, stopped in reverse order whatever happens. */
const cleanups = []
async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()()
    } catch (error) {
      log(`cleaning up: ${error.message}`)
    }
  }
}

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query("SELECT 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** The environment that points the backend suites at a PostgreSQL that answers. */
async function providePostgres() {
  const configured = process.env.TEST_DATABASE_URL
    ? new URL(process.env.TEST_DATABASE_URL)
    : Object.assign(new URL("postgres://localhost"), {
        hostname: process.env.DB_HOST || "localhost",
        port: process.env.DB_PORT || "5432",
        username: encodeURIComponent(process.env.DB_USERNAME || "postgres"),
        password: encodeURIComponent(process.env.DB_PASSWORD || ""),
        pathname: "/postgres",
      })
  const where = `${configured.hostname}:${configured.port || 5432}`
  if (await answers(configured.toString())) {
    log(`PostgreSQL: ${where}`)
    // The runner reads DB_*; derive them from TEST_DATABASE_URL so both name one server.
    return process.env.TEST_DATABASE_URL
      ? {
          DB_HOST: configured.hostname,
          DB_PORT: configured.port || "5432",
          DB_USERNAME: decodeURIComponent(configured.username),
          DB_PASSWORD: decodeURIComponent(configured.password),
        }
      : {}
  }
  const port = Number(process.env.TEST_EMBEDDED_POSTGRES_PORT || 54430)
  log(`PostgreSQL: nothing answers at ${where}; starting the embedded one (.data/test-postgres, port ${port})`)
  const cluster = await startEmbeddedPostgres({ dataRoot: join(repoRoot, ".data", "test-postgres"), port, log })
  cleanups.push(() => cluster.stop())
  return {
    // "localhost", not 127.0.0.1: Medusa's test runner forces SSL for any other host.
    DB_HOST: "localhost",
    DB_PORT: String(port),
    DB_USERNAME: cluster.user,
    DB_PASSWORD: cluster.password,
    TEST_DATABASE_URL: `${cluster.serverUrl}/postgres`,
  }
}

async function redisAnswers(url) {
  const { default: Redis } = await import("ioredis")
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  client.on("error", () => {})
  try {
    await client.connect()
    return (await client.ping()) === "PONG"
  } catch {
    return false
  } finally {
    client.disconnect()
  }
}

function onPath(command) {
  for (const dir of (process.env.PATH || "").split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK)
      return join(dir, command)
    } catch {}
  }
  return undefined
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** A Redis URL for the production-profile test, or undefined when no Redis can be had. */
async function provideRedis() {
  for (const url of [process.env.REDIS_URL, "redis://127.0.0.1:6379"].filter(Boolean)) {
    if (await redisAnswers(url)) {
      log(`Redis: ${new URL(url).host}`)
      return url
    }
  }
  const binary = onPath("redis-server")
  if (!binary) return undefined
  const port = await freePort()
  const server = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  })
  cleanups.push(async () => {
    if (server.exitCode !== null) return
    const exited = new Promise((resolve) => server.once("exit", resolve))
    server.kill("SIGTERM")
    await exited
  })
  const url = `redis://127.0.0.1:${port}`
  for (let i = 0; i < 40; i++) {
    if (await redisAnswers(url)) {
      log(`Redis: started ${binary} on port ${port}`)
      return url
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  log(`Redis: ${binary} did not answer on port ${port}`)
  return undefined
}

function spawnInherit(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: "inherit" })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on("error", () => resolve(1))
  })
}

const typecheckLog = join(repoRoot, ".data", "logs", "typecheck.log")

/**
 * `npm run typecheck` (tsc over server code and tests, tsc over the admin extensions, astro
 * check over the storefront) beside the tests; its output goes to a log, whose end is shown
 * when it fails. Resolves true when every check passed.
 */
function checkTypes(env) {
  mkdirSync(join(repoRoot, ".data", "logs"), { recursive: true })
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "typecheck"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", () => resolve(false))
    child.on("close", (code) => {
      writeFileSync(typecheckLog, output)
      if (code !== 0) console.log(`[test] type check failed:\n${output.trimEnd().split("\n").slice(-40).join("\n")}`)
      resolve(code === 0)
    })
  })
}

let interrupted = false
for (const signal of ["SIGINT", "SIGTERM"]) {
  // The children get the terminal's signal themselves; wait for them, then stop our services.
  process.on(signal, () => {
    interrupted = true
  })
}

async function main() {
  const build = await spawnInherit("npm", ["run", "build:plugins"], toolEnv())
  if (build !== 0 || interrupted) return build || 1

  const postgresEnv = await providePostgres()
  const redisUrl = await provideRedis()
  if (!redisUrl) log("Redis: none configured, none on 127.0.0.1:6379, no redis-server on PATH; the production-profile test is skipped")
  // TEST_REDIS_URL, not REDIS_URL: REDIS_URL would switch every backend suite to the production profile.
  const env = toolEnv({ ...postgresEnv, ...(redisUrl ? { TEST_REDIS_URL: redisUrl } : { TEST_REDIS_URL: "" }) })

  // A run narrowed to some tests (arguments given) is a developer's loop: no type check there.
  const typecheck = process.argv.length > 2 ? Promise.resolve(undefined) : checkTypes(env)
  const status = await spawnInherit(
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}`, ...process.argv.slice(2)],
    env
  )
  const typesOk = await typecheck

  // The type check counts as one test in the summary, so a type error reads as "1 failed".
  if (typesOk !== undefined) console.log(typesOk ? "type check: passed (counted as one test below)" : `type check: FAILED, counted as one failed test below (log: ${typecheckLog})`)
  if (existsSync(results)) {
    const { numPassedTests: vitestPassed, numFailedTests: vitestFailed, numPendingTests, numTodoTests, testResults } = JSON.parse(readFileSync(results, "utf8"))
    const numPassedTests = vitestPassed + (typesOk === true ? 1 : 0)
    const numFailedTests = vitestFailed + (typesOk === false ? 1 : 0)
    // A suite that fails before its first test (a missing file, a boot error) counts no failed
    // test: name such suites, or the line would read "0 failed" over a red run.
    const brokenSuites = testResults.filter((suite) => suite.status === "failed" && suite.assertionResults.every((test) => test.status !== "failed"))
    const broken = brokenSuites.length ? `, ${brokenSuites.length} suite(s) failed to run` : ""
    const ranSystem = testResults.some((suite) => suite.name.includes(join("tests", "system")))
    const noRedis = !redisUrl && ranSystem ? " (no Redis: production profile not tested)" : ""
    console.log(`${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped${noRedis}${broken}`)
  }
  return status || (typesOk === false ? 1 : 0)
}

let code = 1
try {
  code = await main()
} catch (error) {
  console.error(error.stack || error.message)
} finally {
  await cleanUp()
}
process.exit(code)
