import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { keepGuestCartOnCompletion, keepGuestCartOnUpdate } from "./guest-carts"

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/carts/:id/order-access",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), { defaults: [], isList: false })],
  },
  // A guest's cart never joins an account by its e-mail alone (guest-carts.ts).
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [keepGuestCartOnUpdate] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [keepGuestCartOnCompletion] },
]
