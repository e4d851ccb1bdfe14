import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetClaimsParams, AdminReviewClaim } from "./validators"

export const adminClaimRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/claims",
    middlewares: [
      validateAndTransformQuery(AdminGetClaimsParams, {
        defaults: ["id", "type", "label", "issuer", "control_body_code", "evidence_url", "valid_from", "valid_until", "status", "product_id", "producer.id", "producer.name"],
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/claims/:id/review",
    middlewares: [validateAndTransformBody(AdminReviewClaim)],
  },
]
