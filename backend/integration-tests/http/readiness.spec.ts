import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { outcome } from "./helpers/http"
import pg from "pg"

const backendDir = join(__dirname, "..", "..")

type Api = any

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }: { api: Api; getContainer: () => any }) => {
    describe("GET /health/ready", () => {
      it("answers 200 ready while the database answers, without a publishable key", async () => {
        const { status, data } = await outcome(api.get("/health/ready"))
        expect(status).toBe(200)
        expect(data).toEqual({ status: "ready" })
      })

      it("answers 503 with a reason while every pool connection is taken, and 200 again once they are back", async () => {
        // The incident this route exists for: connections held (there by sessions waiting on
        // advisory locks) until the pool is empty. Here the test holds every connection of the
        // pool the app's modules share, taken through knex's own acquire, so nothing is stubbed.
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const pool = knex.client.pool
        expect(pool.max).toBeGreaterThan(0)
        const held: unknown[] = []
        try {
          while (held.length < pool.max) held.push(await knex.client.acquireConnection())
          expect(pool.numFree()).toBe(0)

          const { status, data } = await outcome(api.get("/health/ready"))
          expect(status).toBe(503)
          expect(data.status).toBe("unavailable")
          expect(data.reason).toMatch(/did not answer within/)
        } finally {
          for (const connection of held) await knex.client.releaseConnection(connection)
        }

        const again = await outcome(api.get("/health/ready"))
        expect(again.status).toBe(200)
      })

      it("answers 503 while the database refuses connections, and 200 again once it accepts them", async () => {
        // A database gone away, as the app sees it: every open connection killed and new ones
        // refused (ALLOW_CONNECTIONS false), done from a separate session on the same server.
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const appDatabase = new URL(knex.client.config.connection.connectionString)
        const name = decodeURIComponent(appDatabase.pathname.slice(1))
        const maintenance = new pg.Client({ connectionString: Object.assign(new URL(appDatabase), { pathname: "/postgres" }).toString() })
        await maintenance.connect()
        const database = maintenance.escapeIdentifier(name)
        try {
          await maintenance.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`)
          await maintenance.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name])

          const { status, data } = await outcome(api.get("/health/ready"))
          expect(status).toBe(503)
          expect(data.status).toBe("unavailable")
          expect(data.reason).toMatch(/database/)
        } finally {
          await maintenance.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true`)
          await maintenance.end()
        }

        // The pool replaces the killed connections on its own.
        await expect.poll(async () => (await outcome(api.get("/health/ready"))).status, { timeout: 15_000 }).toBe(200)
      })
    })
  },
})
