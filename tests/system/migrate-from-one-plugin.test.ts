/**
 * A database made by `npm run up` before producers and provenance became two plugins keeps every
 * row after `npm run up` on today's code. The earlier code is the real one: a git worktree of the
 * last commit before the split, installed with `npm ci` and brought up as a person did then.
 */
import { execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BUNDLES } from "../../seed/data/bundles"
import { dropDatabase } from "../../scripts/lib/database.mjs"
import { binDir, repoRoot } from "./lib/up-process"

/** main before the split: one plugin `@genussnetz/provenance` with one module `producer`. */
const BEFORE_SPLIT = "303ddefd17fa438594be8dbd4f60caf9288eec61"

/** The PostgreSQL the backend suites use (scripts/test.mjs): a fresh database of our own on it. */
const server = new URL(
  process.env.TEST_DATABASE_URL ??
    `postgres://${encodeURIComponent(process.env.DB_USERNAME || "postgres")}:${encodeURIComponent(process.env.DB_PASSWORD || "")}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}/postgres`
)
const databaseUrl = Object.assign(new URL(server), { pathname: `/genussnetz_migration_${process.pid}` }).toString()

const worktree = mkdtempSync(join(tmpdir(), "genussnetz-before-split-"))
const scratch = mkdtempSync(join(tmpdir(), "genussnetz-migration-"))

/** Runs a command to its end; resolves with its output, rejects with the output's tail. */
function run(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  return new Promise<string>((resolve, reject) => {
    let output = ""
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, PATH: `${join(cwd, "node_modules", ".bin")}:${binDir}:${process.env.PATH}`, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`))
    )
  })
}

/** `up` without servers, against our database, keeping its .env (admin password, secrets) in the scratch folder. */
const up = (checkout: string, flags: string[] = []) =>
  run(process.execPath, [join(checkout, "scripts", "up.mjs"), "--no-start", ...flags], checkout, {
    DATABASE_URL: databaseUrl,
    GENUSSNETZ_ENV_FILE: join(scratch, ".env"),
    REDIS_URL: undefined,
    ADMIN_EMAIL: undefined,
    // Given, not generated: the earlier code passes a generated password to the CLI as a
    // separate argument, which it reads as flags when the password begins with "-".
    ADMIN_PASSWORD: "migration-test-admin-2026",
  })

type Table = { rows: number; hash: string; rowHashes: string[] }

/**
 * Every table's row count and a hash of its rows (as text, in order), optionally leaving out
 * columns, and rows (`rowsKept`: a table's SQL condition for the rows compared).
 */
async function fingerprint(leaveOut: Record<string, string[]> = {}, rowsKept: Record<string, string> = {}) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: columns } = await client.query(
      `SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS columns
         FROM information_schema.columns c
        WHERE table_schema = 'public'
          AND EXISTS (SELECT 1 FROM information_schema.tables t
                       WHERE t.table_schema = 'public' AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE')
          AND NOT (table_name || '.' || column_name = ANY($1::text[]))
        GROUP BY table_name`,
      [Object.entries(leaveOut).flatMap(([table, names]) => names.map((name) => `${table}.${name}`))]
    )
    const tables: Record<string, Table> = {}
    for (const { table_name, columns: list } of columns as { table_name: string; columns: string }[]) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS h,
                coalesce(array_agg(md5(r::text) ORDER BY md5(r::text)), '{}') AS row_hashes
           FROM (SELECT ${list} FROM ${pg.escapeIdentifier(table_name)} WHERE ${rowsKept[table_name] ?? "true"}) r`
      )
      tables[table_name] = { rows: rows[0].n, hash: rows[0].h, rowHashes: rows[0].row_hashes }
    }
    const { rows: constraints } = await client.query(
      `SELECT conname FROM pg_constraint WHERE conname IN
         ('claim_producer_id_foreign', 'supply_link_supplier_id_foreign', 'supply_link_customer_id_foreign')`
    )
    const { rows: channels } = await client.query(`SELECT name FROM sales_channel WHERE deleted_at IS NULL ORDER BY name`)
    const { rows: statuses } = tables.producer?.rows
      ? await client.query(`SELECT status, count(*)::int AS n FROM producer GROUP BY status`).catch(() => ({ rows: [] }))
      : { rows: [] }
    return {
      tables,
      crossModuleForeignKeys: constraints.map((c: { conname: string }) => c.conname).sort(),
      statuses,
      salesChannels: channels.map((c: { name: string }) => c.name),
    }
  } finally {
    await client.end()
  }
}

/**
 * Tables the seed rebuilds on every run (the search index: a new version each time), that record
 * migrations, or that are Medusa's registry of the configured notification providers (rewritten
 * from the configuration at every start: the mail folder took the place of Medusa's default one).
 */
const REBUILT = (table: string) => table.startsWith("search_") || table === "mikro_orm_migrations" || table === "notification_provider"

/**
 * Columns later migrations added to tables of the earlier code (null or a default in every earlier
 * row, so a row "as it was" is compared without them): the producer's status, street and photos,
 * a claim's evidence document.
 */
const COLUMNS_ADDED = { producer: ["status", "street", "updated_at", "photos"], claim: ["evidence_file"] }

/**
 * Rows the seed removes on purpose, compared apart: the sales channel Medusa made at its first
 * start, unused beside the marketplace's (a second channel costs every Store product listing a
 * query over all product ids, seed/store.ts), and its link to Medusa's own publishable key.
 */
const MEDUSA_DEFAULT_CHANNEL = `(SELECT id FROM sales_channel WHERE name = 'Default Sales Channel' AND description = 'Created by Medusa')`
const ROWS_KEPT = {
  sales_channel: `id NOT IN ${MEDUSA_DEFAULT_CHANNEL}`,
  publishable_api_key_sales_channel: `sales_channel_id NOT IN ${MEDUSA_DEFAULT_CHANNEL}`,
}

describe("migrating a database made before producers and provenance were split", () => {
  let before: Awaited<ReturnType<typeof fingerprint>>
  let after: Awaited<ReturnType<typeof fingerprint>>

  beforeAll(async () => {
    // Fails, not skips, in a clone without history: the test is meaningless without the earlier code.
    execFileSync("git", ["cat-file", "-e", `${BEFORE_SPLIT}^{commit}`], { cwd: repoRoot })
    execFileSync("git", ["worktree", "add", "--detach", worktree, BEFORE_SPLIT], { cwd: repoRoot, stdio: "ignore" })
    await run("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], worktree)
    // Migrating and seeding need only the plugin built, not the backend's admin or the storefront.
    await run("npm", ["run", "build:plugins"], worktree)
    await up(worktree, ["--skip-build"])
    // Left out of the producers' rows: the columns added since (status, street) and updated_at — the
    // seed gives every producer from before its street (the food labels name it), which touches it.
    before = await fingerprint(COLUMNS_ADDED, ROWS_KEPT)
    // Today's code, built by `npm test` beforehand, on the same database.
    await up(repoRoot, ["--skip-build"])
    after = await fingerprint(COLUMNS_ADDED, ROWS_KEPT)
  }, 1_500_000)

  afterAll(async () => {
    execFileSync("git", ["worktree", "remove", "--force", worktree], { cwd: repoRoot, stdio: "ignore" })
    rmSync(scratch, { recursive: true, force: true })
    await dropDatabase(databaseUrl).catch(() => {})
  })

  it("made the earlier database with the earlier code: one module held producers and provenance, with foreign keys between them", () => {
    expect(before.tables.producer.rows).toBeGreaterThanOrEqual(40)
    expect(before.tables.supply_link.rows).toBeGreaterThan(100)
    expect(before.tables.claim.rows).toBeGreaterThan(0)
    expect(before.crossModuleForeignKeys).toEqual([
      "claim_producer_id_foreign",
      "supply_link_customer_id_foreign",
      "supply_link_supplier_id_foreign",
    ])
    expect(before.statuses).toEqual([])
  })

  it("keeps every row of every table, to the byte, apart from what the seed rebuilds", () => {
    const kept = Object.keys(before.tables).filter((table) => !REBUILT(table))
    expect(kept.length).toBeGreaterThan(100)
    const grown: string[] = []
    for (const table of kept) {
      // Every earlier row is still there, unchanged (as many times as before).
      const left = [...after.tables[table].rowHashes]
      const missing = before.tables[table].rowHashes.filter((hash) => {
        const at = left.indexOf(hash)
        if (at === -1) return true
        left.splice(at, 1)
        return false
      })
      expect(missing.length, `${table}: earlier rows changed or gone`).toBe(0)
      if (left.length) grown.push(table)
    }
    // What was added is the producers' delivery setup (seed/fulfilment.ts), one for each producer
    // that had none: a stock location, a shipping profile, a pickup and a shipping set each.
    // The products keep their shipping profile and their stock where they were. New are the
    // Genusspakete (seed/bundles.ts): a product with one variant each, holding no stock of its
    // own (its variant reserves its components' inventory items).
    const producers = before.tables.producer.rows
    const added = (table: string) => after.tables[table].rows - before.tables[table].rows
    expect(added("stock_location")).toBe(producers)
    expect(added("shipping_profile")).toBe(producers)
    expect(added("fulfillment_set")).toBe(2 * producers)
    expect(added("product")).toBe(BUNDLES.length)
    expect(added("product_variant")).toBe(BUNDLES.length)
    expect(after.tables.bundle_component.rows).toBe(BUNDLES.reduce((sum, bundle) => sum + bundle.components.length, 0))
    for (const table of ["inventory_item", "inventory_level", "order", "cart"]) {
      expect(grown, table).not.toContain(table)
    }
    // No table of the earlier code went missing, and the migrations only added their own twenty
    // records: the producer's status, the dropped foreign keys, the search plugin's synonym list,
    // the marketplace plugin's ledger, its parts' status, the Genusspakete's components, the
    // checkout's completion attempts, the ledger's void entries and its payouts, the
    // producers' applications, teams and invitations, the producer's street, the products'
    // food information, the payees' bank accounts and VAT ids, the producers' change requests, the claims'
    // evidence documents, the producers' photos, the association's events, its Genussorte, tours and stories,
    // the cooperation board's posts and the outlets producers declare.
    expect(Object.keys(after.tables)).toEqual(expect.arrayContaining(Object.keys(before.tables)))
    expect(after.tables.mikro_orm_migrations.rows).toBe(before.tables.mikro_orm_migrations.rows + 20)
  })

  it("leaves the marketplace's sales channel the only one: Medusa's unused default beside it is removed", () => {
    expect(before.salesChannels).toEqual(["Default Sales Channel", "genussnetz Marktplatz"])
    expect(after.salesChannels).toEqual(["genussnetz Marktplatz"])
  })

  it("gives every producer the status active and drops the foreign keys between the two modules", () => {
    expect(after.statuses).toEqual([{ status: "active", n: before.tables.producer.rows }])
    expect(after.crossModuleForeignKeys).toEqual([])
  })
})
