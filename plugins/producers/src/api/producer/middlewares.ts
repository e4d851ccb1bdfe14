import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { ensureOwnPathRecord } from "./ownership"

/**
 * Every route under `/producer` — this plugin's and those other plugins add — is for a
 * logged-in producer (actor type "producer", logins set up by the association). Medusa runs
 * wildcard matchers before a route's own entries, so every `/producer/<kind>/<id>` is checked
 * for ownership before its validators and handler see it.
 */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer*",
    middlewares: [authenticate("producer", ["bearer", "session"]), ensureOwnPathRecord],
  },
]
