import { authenticate, validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_ACCESS_HEADER, opensOrder, orderAccessSecret } from "../../../order-access"
import { StoreGetOrderPartsParams } from "./[id]/parts/validators"

/**
 * Medusa's own `GET /store/orders/:id` answers only the order's customer (logged in) or whoever
 * sends the order's access token; anyone else gets the same 404 as for an order that does not
 * exist, so a producer that knows an order's id still cannot read the other producers' lines
 * or the shopper's addresses.
 */
export async function ensureOrderAccess(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = req.params.id
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  if (opensOrder(orderAccessSecret(req.scope), orderId, req.get(ORDER_ACCESS_HEADER))) return next()
  const actor = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  if (actor?.actor_type !== "customer" || !actor.actor_id) throw notFound
  const {
    data: [order],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", filters: { id: orderId }, fields: ["customer_id"] })
  if (!order || order.customer_id !== actor.actor_id) throw notFound
  next()
}

export const storeOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), ensureOrderAccess],
  },
  {
    // The order's parts (the shopper's view: status, delivery, tracking, money back), guarded the same way.
    method: ["GET"],
    matcher: "/store/orders/:id/parts",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreGetOrderPartsParams, { defaults: [], isList: false }),
      ensureOrderAccess,
    ],
  },
]
