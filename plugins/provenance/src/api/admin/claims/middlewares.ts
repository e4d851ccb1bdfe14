import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listAdminClaimQueryConfig } from "./query-config"
import { AdminGetClaimEvidenceParams, AdminGetClaimsParams, AdminReviewClaim } from "./validators"

export const adminClaimRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/claims",
    middlewares: [
      validateAndTransformQuery(AdminGetClaimsParams, listAdminClaimQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/claims/:id/evidence",
    middlewares: [validateAndTransformQuery(AdminGetClaimEvidenceParams, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/claims/:id/review",
    middlewares: [validateAndTransformBody(AdminReviewClaim)],
  },
]
