import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateProducerLogin, AdminListProducers, AdminSetProducerStatus } from "./validators"

export const adminProducerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/producers",
    middlewares: [validateAndTransformQuery(AdminListProducers, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/logins",
    middlewares: [validateAndTransformBody(AdminCreateProducerLogin)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/status",
    middlewares: [validateAndTransformBody(AdminSetProducerStatus)],
  },
]
