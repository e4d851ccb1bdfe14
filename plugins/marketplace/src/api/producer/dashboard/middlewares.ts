import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerGetDashboardParams } from "./validators"

/** What the portal's first page points out; logged in as for every /producer route. */
export const producerDashboardRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/dashboard", middlewares: [validateAndTransformQuery(ProducerGetDashboardParams, { defaults: [], isList: false })] },
]
