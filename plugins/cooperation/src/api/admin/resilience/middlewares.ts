import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetSinglePointsParams, AdminPostWhatIf } from "./validators"

export const adminResilienceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/resilience/single-points",
    middlewares: [validateAndTransformQuery(AdminGetSinglePointsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/resilience/what-if",
    middlewares: [validateAndTransformBody(AdminPostWhatIf)],
  },
]
