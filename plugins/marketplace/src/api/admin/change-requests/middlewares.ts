import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminApproveChangeRequest, AdminListChangeRequests, AdminRejectChangeRequest } from "./validators"
import { AdminSetProductReviewSetting, AdminGetProductReviewSetting } from "../product-review-setting/validators"

/** The association's review of producers' changes (Medusa authenticates every /admin route). */
export const adminChangeRequestRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/change-requests", middlewares: [validateAndTransformQuery(AdminListChangeRequests, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/change-requests/:id/approve", middlewares: [validateAndTransformBody(AdminApproveChangeRequest)] },
  { method: ["POST"], matcher: "/admin/change-requests/:id/reject", middlewares: [validateAndTransformBody(AdminRejectChangeRequest)] },
  { method: ["GET"], matcher: "/admin/product-review-setting", middlewares: [validateAndTransformQuery(AdminGetProductReviewSetting, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/product-review-setting", middlewares: [validateAndTransformBody(AdminSetProductReviewSetting)] },
]
