import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listAdminSupplyLinkQueryConfig } from "./query-config"
import { AdminGetSupplyLinksParams, AdminUpdateSupplyLinkStatus } from "./validators"

export const adminSupplyLinkRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/supply-links",
    middlewares: [validateAndTransformQuery(AdminGetSupplyLinksParams, listAdminSupplyLinkQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/supply-links/:id/status",
    middlewares: [validateAndTransformBody(AdminUpdateSupplyLinkStatus)],
  },
]
