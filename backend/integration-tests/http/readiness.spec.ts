import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

const backendDir = join(__dirname, "..", "..")

type Api = any
const outcome = (promise: Promise<any>) =>
  promise.then(
    (response) => ({ status: response.status as number, data: response.data }),
    (error) => ({ status: error.response?.status as number, data: error.response?.data })
  )

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
    })
  },
})
