import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminApproveApplication, AdminListApplications, AdminRejectApplication } from "./validators"

export const adminProducerApplicationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/producer-applications",
    middlewares: [validateAndTransformQuery(AdminListApplications, { defaults: [], isList: false })],
  },
  { method: ["POST"], matcher: "/admin/producer-applications/:id/approve", middlewares: [validateAndTransformBody(AdminApproveApplication)] },
  { method: ["POST"], matcher: "/admin/producer-applications/:id/reject", middlewares: [validateAndTransformBody(AdminRejectApplication)] },
]
