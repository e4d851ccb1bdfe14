import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { outcome } from "./helpers/http"
import pg from "pg"

const backendDir = join(__dirname, "..", "..")

type Api = any

/**
 * Every connection of the app's pool, taken once nothing else holds one: as the app starts it
 * may still be working in the background (the Search Module seeds its indexes under a lock
 * that keeps a connection while it waits for another), and taking the rest then would wait on
 * that work while it waits on us. A round that cannot take them all within 2 s gives back
 * what it took and tries again.
 */
async function takeEveryConnection(knex: any): Promise<unknown[]> {
  const pool = knex.client.pool
  for (let round = 0; round < 30; round++) {
    await expect.poll(() => pool.numUsed() + pool.numPendingAcquires(), { timeout: 60_000 }).toBe(0)
    const held: unknown[] = []
    const late: Promise<unknown>[] = []
    let complete = true
    while (held.length < pool.max) {
      const acquiring = knex.client.acquireConnection()
      const connection = await Promise.race([acquiring, new Promise((resolve) => setTimeout(() => resolve(undefined), 2_000))])
      if (connection === undefined) {
        // Given back as soon as it arrives, so no connection stays taken by this test.
        late.push(acquiring.then((c: unknown) => knex.client.releaseConnection(c)))
        complete = false
        break
      }
      held.push(connection)
    }
    if (complete) return held
    for (const connection of held) await knex.client.releaseConnection(connection)
    await Promise.all(late)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error("The app's pool never had every connection free for this test")
}

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
        const held = await takeEveryConnection(knex)
        try {
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
