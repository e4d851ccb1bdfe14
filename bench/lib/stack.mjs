// The bench's running system: an embedded PostgreSQL of the bench's own, seeded through
// `npm run up --no-start`, then the production backend and the built storefront.
import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import { parseEnv } from "node:util"
import autocannon from "autocannon"
import { provideDatabase } from "../../scripts/lib/database.mjs"
import { backendDir, repoRoot, storefrontDir } from "../../scripts/lib/paths.mjs"
import { run, startServer, stopServer, toolEnv, waitForHttp } from "../../scripts/lib/processes.mjs"

export const BACKEND_PORT = 9410
export const STOREFRONT_PORT = 8410
export const backend = `http://localhost:${BACKEND_PORT}`
export const storefront = `http://localhost:${STOREFRONT_PORT}`
export const log = (message) => console.log(`[bench] ${message}`)
/** The bench's own cluster and the .env `up` writes for it (publishable key, secrets). */
const benchDataDir = join(repoRoot, ".data", "bench")
const benchEnvFile = join(benchDataDir, ".env")

/** The settings `up` wrote for the bench (admin login, secrets). */
export const benchEnv = () => parseEnv(readFileSync(benchEnvFile, "utf8"))

export const machine = () => ({ cpus: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version })

/** Builds (unless skipBuild), migrates and seeds the bench database; returns the publishable key. */
export async function prepare({ skipBuild = false } = {}) {
  mkdirSync(benchDataDir, { recursive: true })
  Object.assign(process.env, { EMBEDDED_POSTGRES_DIR: benchDataDir, EMBEDDED_POSTGRES_PORT: "54420" })
  delete process.env.DATABASE_URL
  await run("bench-up", process.execPath, ["scripts/up.mjs", "--no-start", ...(skipBuild ? ["--skip-build"] : [])], {
    env: toolEnv({ GENUSSNETZ_ENV_FILE: benchEnvFile, BACKEND_PORT: String(BACKEND_PORT), STOREFRONT_PORT: String(STOREFRONT_PORT) }),
  })
  return readFileSync(benchEnvFile, "utf8").match(/MEDUSA_PUBLISHABLE_KEY=(\S+)/)[1]
}

/** A production start's environment: the bench's database and the secrets `up` (prepare) generated. */
function productionEnv(database, extra) {
  // The production backend refuses to start without strong secrets.
  const secrets = readFileSync(benchEnvFile, "utf8").match(/^(JWT_SECRET|COOKIE_SECRET|PAGE_CACHE_SECRET)=.+$/gm) ?? []
  return toolEnv({
    DATABASE_URL: database.databaseUrl,
    NODE_ENV: "production",
    ...Object.fromEntries(secrets.map((line) => line.split(/=(.*)/s).slice(0, 2))),
    ...extra,
  })
}

/** Starts database, backend and storefront; resolves once the storefront's home answers 200. */
export async function startStack(publishableKey) {
  const database = await provideDatabase({ log })
  const env = productionEnv(database, {
    MEDUSA_BACKEND_URL: backend,
    // Where the backend's subscriber drops changed pages (the storefront's page cache).
    STOREFRONT_URL: storefront,
  })
  const started = Date.now()
  const backendServer = startServer("bench-backend", "npx", ["medusa", "start"], {
    cwd: join(backendDir, ".medusa", "server"),
    env: { ...env, PORT: String(BACKEND_PORT) },
  })
  const storefrontServer = startServer("bench-storefront", "node", [join(storefrontDir, "server.mjs")], {
    cwd: storefrontDir,
    env: { ...env, PORT: String(STOREFRONT_PORT), HOST: "localhost", MEDUSA_PUBLISHABLE_KEY: publishableKey, STOREFRONT_URL: storefront },
  })
  const stop = async () => {
    await stopServer(storefrontServer)
    await stopServer(backendServer)
    await database.stop()
  }
  try {
    // Ready, not just alive: the database answers through the backend's pool.
    await waitForHttp(`${backend}/health/ready`, { child: backendServer })
    const backendReadyMs = Date.now() - started
    await waitForHttp(`${storefront}/`, { child: storefrontServer })
    /** Another backend on the same database, e.g. with a feature flag on; stopped by the caller. */
    const startExtraBackend = async (port, extraEnv) => {
      const server = startServer(`bench-backend-${port}`, "npx", ["medusa", "start"], {
        cwd: join(backendDir, ".medusa", "server"),
        env: { ...env, PORT: String(port), ...extraEnv },
      })
      try {
        await waitForHttp(`http://localhost:${port}/health/ready`, { child: server })
      } catch (error) {
        await stopServer(server)
        throw error
      }
      return server
    }
    return { backendServer, storefrontServer, backendReadyMs, storefrontReadyMs: Date.now() - started, startExtraBackend, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

export const SCALED_OUT = {
  servers: [9420, 9421].map((port) => `http://localhost:${port}`),
  worker: "http://localhost:9422",
  storefronts: [8420, 8421].map((port) => `http://localhost:${port}`),
}

/**
 * The production profile scaled out (README, "Profiles"): two backend servers and a worker on
 * one Redis (`redisUrl`, flushed first) and the bench's database, a storefront on each server;
 * every backend tells both storefronts of changed pages. Resolves once both storefronts answer.
 */
export async function startScaledOutStack(publishableKey, redisUrl) {
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(redisUrl)
  await redis.flushdb()
  redis.disconnect()
  const database = await provideDatabase({ log })
  const env = productionEnv(database, { REDIS_URL: redisUrl, PAGE_CACHE_URLS: SCALED_OUT.storefronts.join(","), STOREFRONT_URL: SCALED_OUT.storefronts[0] })
  const startBackend = (url, mode) =>
    startServer(`bench-${mode}-${new URL(url).port}`, "npx", ["medusa", "start"], {
      cwd: join(backendDir, ".medusa", "server"),
      env: { ...env, PORT: new URL(url).port, MEDUSA_WORKER_MODE: mode, MEDUSA_BACKEND_URL: url },
    })
  const workerServer = startBackend(SCALED_OUT.worker, "worker")
  const backendServers = SCALED_OUT.servers.map((url) => startBackend(url, "server"))
  const storefrontServers = []
  const stop = async () => {
    for (const server of [...storefrontServers, ...backendServers, workerServer]) await stopServer(server)
    await database.stop()
  }
  try {
    // The worker serves no routes of its own, only Medusa's liveness check.
    await waitForHttp(`${SCALED_OUT.worker}/health`, { child: workerServer })
    for (const [i, url] of SCALED_OUT.servers.entries()) await waitForHttp(`${url}/health/ready`, { child: backendServers[i] })
    for (const [i, url] of SCALED_OUT.storefronts.entries()) {
      storefrontServers.push(
        startServer(`bench-storefront-${new URL(url).port}`, "node", [join(storefrontDir, "server.mjs")], {
          cwd: storefrontDir,
          env: { ...env, PORT: new URL(url).port, HOST: "localhost", MEDUSA_BACKEND_URL: SCALED_OUT.servers[i], MEDUSA_PUBLISHABLE_KEY: publishableKey, STOREFRONT_URL: url },
        })
      )
    }
    for (const [i, url] of SCALED_OUT.storefronts.entries()) await waitForHttp(`${url}/`, { child: storefrontServers[i] })
    return { workerServer, backendServers, storefrontServers, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Resident memory of a server's whole process group (npx wrapper, node, children). */
export function rssMiB(child) {
  const table = execFileSync("ps", ["-eo", "pgid=,rss="], { encoding: "utf8" })
  const kib = table
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pgid]) => pgid === child.pid)
    .reduce((sum, [, rss]) => sum + rss, 0)
  return Math.round(kib / 1024)
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** autocannon, 10 s, 10 connections unless told; it reports no p95, so every response time is ranked here. */
export async function load(url, headers = {}, duration = 10, { method = "GET", body, connections = 10 } = {}) {
  const times = []
  const instance = autocannon({ url, headers, connections, duration, method, body })
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    url: url.replace(/\?.*/, "?…"),
    connections,
    requests: result.requests.total,
    requests_per_s: Math.round(result.requests.average),
    non_2xx: result.non2xx,
    errors: result.errors,
    // None when not one response came back within the window (a page slower than it under the crowd).
    p50_ms: times.length ? Number(percentile(times, 50).toFixed(1)) : null,
    p95_ms: times.length ? Number(percentile(times, 95).toFixed(1)) : null,
    p99_ms: times.length ? Number(percentile(times, 99).toFixed(1)) : null,
    bytes_per_response: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  }
}
