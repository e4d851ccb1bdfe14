import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { orderAccessSecret, orderAccessToken } from "../../../../../order-access"

/**
 * The order a completed cart became, with its access token: for the shopper's browser right
 * after checkout (the cart id is its secret). A cart not completed yet has no order: 404.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const {
    data: [cart],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", filters: { id: req.params.id }, fields: ["id", "completed_at", "order.id"] })
  const orderId: string | undefined = cart?.completed_at ? cart.order?.id : undefined
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} has no order`)
  res.json({ order_id: orderId, access_token: orderAccessToken(orderAccessSecret(req.scope), orderId) })
}
