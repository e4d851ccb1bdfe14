import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { keepGuestCartOnCompletion, keepGuestCartOnUpdate } from "./guest-carts"
import { recoverBeforeCompletion } from "./recover-before-completion"

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/carts/:id/order-access",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), { defaults: [], isList: false })],
  },
  // A guest's cart never joins an account by its e-mail alone (guest-carts.ts).
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [keepGuestCartOnUpdate] },
  // A completion cut off by a killed process is undone before the cart is completed again
  // (recover-before-completion.ts); then the guest rule above applies to the cart as it is.
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [recoverBeforeCompletion, keepGuestCartOnCompletion] },
]
