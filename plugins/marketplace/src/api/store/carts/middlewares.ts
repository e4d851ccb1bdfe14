import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/carts/:id/order-access",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), { defaults: [], isList: false })],
  },
]
