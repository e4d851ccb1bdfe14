import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * GET /health/ready — readiness: can this process get a database connection and an answer now?
 *
 * Medusa's own /health answers 200 as long as the process runs, also while every database
 * route hangs (seen: the connection pool stayed exhausted after a burst of checkouts). This
 * route runs a trivial query through the same shared pool the modules use, so it fails exactly
 * when they would wait: pool exhausted, database down or hung. `npm run up` and the tests wait
 * for it; a load balancer should route by it. Outside /store and /admin: no key, no login.
 */
export const READY_TIMEOUT_MS = 2_000

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  res.setHeader("Cache-Control", "no-store")

  let timer: NodeJS.Timeout | undefined
  const query = Promise.resolve(knex.raw("SELECT 1"))
  // A query still waiting for a pool connection when we answer must not end as an unhandled
  // rejection later (knex gives up acquiring after its own, much longer timeout).
  query.catch(() => {})
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), READY_TIMEOUT_MS)
  })
  try {
    const outcome = await Promise.race([query.then(() => "ok" as const), timeout])
    if (outcome === "ok") {
      res.status(200).json({ status: "ready" })
    } else {
      res.status(503).json({
        status: "unavailable",
        reason: `the database did not answer within ${READY_TIMEOUT_MS} ms (connection pool exhausted or database hung)`,
      })
    }
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string }
    res.status(503).json({ status: "unavailable", reason: `the database query failed: ${code || message || "unknown error"}` })
  } finally {
    clearTimeout(timer)
  }
}
