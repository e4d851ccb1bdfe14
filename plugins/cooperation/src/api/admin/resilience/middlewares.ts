import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetRegionalValueParams, AdminGetSinglePointsParams, AdminPostWhatIf } from "./validators"

export const adminResilienceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/resilience/single-points",
    middlewares: [validateAndTransformQuery(AdminGetSinglePointsParams, { defaults: [], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/resilience/regional-value",
    middlewares: [validateAndTransformQuery(AdminGetRegionalValueParams, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/resilience/what-if",
    middlewares: [validateAndTransformBody(AdminPostWhatIf)],
  },
]
