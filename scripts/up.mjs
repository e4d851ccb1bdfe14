#!/usr/bin/env node
// `npm run up`: brings genussnetz up on a fresh machine and again on every later run —
// database (embedded unless DATABASE_URL is set), build, migrations, seed, an admin user,
// then the backend on :9000 and the storefront on :8000. Ctrl-C stops everything it started.
//
// Environment: DATABASE_URL, REDIS_URL, BACKEND_PORT (9000), STOREFRONT_PORT (8000),
// ADMIN_EMAIL (admin@genussnetz.local), ADMIN_PASSWORD, JWT_SECRET, COOKIE_SECRET,
// PAGE_CACHE_SECRET (each generated once and kept in .env); STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET,
// PUBLIC_STRIPE_PUBLISHABLE_KEY (Stripe payments; read from the environment or .env).
// Flags: --skip-build reuses the last build; --no-start stops after seeding.
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { parseEnv } from "node:util"
import { DatabaseUnreachableError, provideDatabase } from "./lib/database.mjs"
import { backendDir, repoRoot, storefrontDir } from "./lib/paths.mjs"
import { run, startServer, stopServer, toolEnv, waitForHttp } from "./lib/processes.mjs"

const flags = new Set(process.argv.slice(2))
// Tests point this elsewhere, so they never touch a developer's .env.
const envFile = process.env.GENUSSNETZ_ENV_FILE || join(repoRoot, ".env")
const started = Date.now()
const step = (message) => console.log(`[up ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`)

/** The root .env: read for defaults (explicit environment wins), rewritten with what up learns. */
function readEnvFile() {
  return existsSync(envFile) ? parseEnv(readFileSync(envFile, "utf8")) : {}
}
function writeEnvFile(values) {
  const merged = { ...readEnvFile(), ...values }
  const body = Object.entries(merged)
    .map(([key, value]) => `${key}=${value}`)
    .join("\n")
  writeFileSync(envFile, `# Written by npm run up; git-ignored.\n${body}\n`, { mode: 0o600 })
}

const fileEnv = readEnvFile()
const setting = (key, fallback) => process.env[key] || fileEnv[key] || fallback
const backendPort = Number(setting("BACKEND_PORT", "9000"))
const storefrontPort = Number(setting("STOREFRONT_PORT", "8000"))
const backendUrl = `http://localhost:${backendPort}`
const storefrontUrl = `http://localhost:${storefrontPort}`
const adminEmail = setting("ADMIN_EMAIL", "admin@genussnetz.local")
const adminPasswordKnown = Boolean(process.env.ADMIN_PASSWORD || fileEnv.ADMIN_PASSWORD)
const adminPassword = setting("ADMIN_PASSWORD", randomBytes(12).toString("base64url"))
// The backend signs admin tokens and session cookies with these and refuses a production start
// without strong ones: generate them on the first run, keep them in .env like the password,
// so sessions survive restarts. Set in the environment, they are used and not written down.
// PAGE_CACHE_SECRET lets the backend drop changed pages from the storefront's page cache.
const secrets = Object.fromEntries(
  ["JWT_SECRET", "COOKIE_SECRET", "PAGE_CACHE_SECRET"].map((key) => [key, setting(key, randomBytes(32).toString("base64url"))])
)
const generatedSecrets = Object.fromEntries(Object.entries(secrets).filter(([key]) => !process.env[key] && !fileEnv[key]))
const staticDir = join(backendDir, "static")
// Stripe payments (README, "Payments and checkout settings"): passed on when set here or in
// .env; the seed then makes the region offer Stripe instead of the system provider.
const stripeSettings = Object.fromEntries(
  ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "PUBLIC_STRIPE_PUBLISHABLE_KEY"].map((key) => [key, setting(key, "")]).filter(([, value]) => value)
)

let database
const servers = []
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  await Promise.all(servers.map((server) => stopServer(server)))
  await database?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function main() {
  if (Object.keys(generatedSecrets).length) writeEnvFile(generatedSecrets)
  step(process.env.DATABASE_URL ? "Checking the configured PostgreSQL …" : "Starting the embedded PostgreSQL …")
  database = await provideDatabase({ log: step })
  const serverEnv = toolEnv({
    DATABASE_URL: database.databaseUrl,
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_FILE_DIR: staticDir,
    // The backend's mails (the mail folder, see README) and the links in them.
    MAIL_DIR: setting("MAIL_DIR", join(repoRoot, ".data", "mails")),
    STOREFRONT_URL: storefrontUrl,
    STORE_CORS: storefrontUrl,
    AUTH_CORS: `${storefrontUrl},${backendUrl}`,
    ADMIN_CORS: backendUrl,
    ...secrets,
    ...stripeSettings,
  })

  if (!flags.has("--skip-build")) {
    // The backend loads each plugin from its build (.medusa/server): a fresh clone has none. A
    // plugin built already is left as it is — `npm test` builds them all first, and rebuilding one
    // here would pull it from under the backend suites running beside; after changing a plugin,
    // `npm run build:plugins`.
    const unbuilt = readdirSync(join(repoRoot, "plugins")).filter(
      (plugin) => existsSync(join(repoRoot, "plugins", plugin, "package.json")) && !existsSync(join(repoRoot, "plugins", plugin, ".medusa", "server"))
    )
    for (const plugin of unbuilt) {
      const { name } = JSON.parse(readFileSync(join(repoRoot, "plugins", plugin, "package.json"), "utf8"))
      step(`Building the plugin ${name} …`)
      await run(`build-${plugin}`, "npm", ["run", "build", "-w", name], { env: serverEnv })
    }
    step("Building the backend and its admin …")
    await run("build-backend", "npx", ["medusa", "build"], { cwd: backendDir, env: serverEnv })
    step("Building the storefront …")
    await run("build-storefront", "npx", ["astro", "build"], { cwd: storefrontDir, env: serverEnv })
  }

  step("Migrating the database …")
  await run("migrate", "npx", ["medusa", "db:migrate"], { cwd: backendDir, env: serverEnv })

  step("Seeding the Oberfranken network (only what is missing) …")
  mkdirSync(staticDir, { recursive: true })
  const seedOutput = await run("seed", "npx", ["medusa", "exec", "../seed/index.ts"], { cwd: backendDir, env: serverEnv })
  const publishableKey = seedOutput.match(/genussnetz:publishable-key=(\S+)/)?.[1]
  if (!publishableKey) throw new Error("The seed printed no publishable key; see .data/logs/seed.log")

  step("Creating the admin user …")
  let adminNote = "created"
  try {
    // `--password=…` in one argument: a generated password may begin with "-", which the CLI
    // would read as flags.
    await run("admin-user", "npx", ["medusa", "user", `--email=${adminEmail}`, `--password=${adminPassword}`], { cwd: backendDir, env: serverEnv })
  } catch (error) {
    if (!/already exists/i.test(error.message)) throw error
    adminNote = "already existed"
  }
  step(`Admin user ${adminEmail} ${adminNote}.`)
  const adminKnown = adminNote === "created" || adminPasswordKnown
  writeEnvFile({
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    ADMIN_EMAIL: adminEmail,
    ...(adminKnown ? { ADMIN_PASSWORD: adminPassword } : {}),
  })

  if (flags.has("--no-start")) {
    step("Done (--no-start).")
    return shutdown(0)
  }

  // The production server serves /static from its own folder; point it at the uploads.
  const servedStatic = join(backendDir, ".medusa", "server", "static")
  rmSync(servedStatic, { recursive: true, force: true })
  symlinkSync(staticDir, servedStatic)

  step(`Starting the backend on ${backendUrl} …`)
  const backend = startServer("backend", "npx", ["medusa", "start"], {
    cwd: join(backendDir, ".medusa", "server"),
    env: { ...serverEnv, NODE_ENV: "production", PORT: String(backendPort) },
  })
  servers.push(backend)
  // Ready, not just alive: /health/ready answers 200 once the database answers through the pool.
  await waitForHttp(`${backendUrl}/health/ready`, { child: backend })

  step(`Starting the storefront on ${storefrontUrl} …`)
  const storefront = startServer("storefront", "node", [join(storefrontDir, "server.mjs")], {
    cwd: storefrontDir,
    env: {
      ...serverEnv,
      NODE_ENV: "production",
      HOST: process.env.HOST || "localhost",
      PORT: String(storefrontPort),
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      STOREFRONT_URL: storefrontUrl,
    },
  })
  servers.push(storefront)
  await waitForHttp(`${storefrontUrl}/`, { child: storefront })

  for (const server of servers) {
    server.once("exit", (code) => {
      if (stopping) return
      console.error(`A server stopped unexpectedly (exit ${code}); see ${server.logFile}`)
      shutdown(1)
    })
  }

  console.log(`
genussnetz is up (${((Date.now() - started) / 1000).toFixed(0)} s).
  Storefront  ${storefrontUrl}/  (English: ${storefrontUrl}/en/)
  Admin       ${backendUrl}/app
              e-mail:   ${adminEmail}
              password: ${
                adminKnown
                  ? `${adminPassword}   (${adminNote}; kept in .env)`
                  : "unknown here: the user already existed and .env lost its password; set ADMIN_EMAIL to create another"
              }
  Store API   ${backendUrl}/store/products  (header x-publishable-api-key: ${publishableKey})
  Database    ${database.embedded ? "embedded PostgreSQL in .data/postgres" : "DATABASE_URL"}
  Logs        .data/logs/
Press Ctrl-C to stop.`)
}

main().catch(async (error) => {
  if (error instanceof DatabaseUnreachableError) {
    console.error(error.message)
  } else {
    console.error(error.stack || error.message)
  }
  await shutdown(1)
})
