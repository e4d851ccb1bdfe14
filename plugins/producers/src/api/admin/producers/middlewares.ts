import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateProducerLogin } from "./validators"

export const adminProducerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/logins",
    middlewares: [validateAndTransformBody(AdminCreateProducerLogin)],
  },
]
