import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateProducerLogin, AdminSetProducerStatus } from "./validators"

export const adminProducerRoutesMiddlewares: MiddlewareRoute[] = [
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
