import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { orderPartActionMiddlewares } from "../../utils/order-part-actions"
import { AdminGetOrderPartsParams, OrderPartActionBody } from "../../utils/validators"

// One part takes no query parameters: the same empty, strict shape as an action's body.
const NoParams = OrderPartActionBody

/** The association's order-part routes (Medusa authenticates every /admin route). */
export const adminOrderPartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/order-parts", middlewares: [validateAndTransformQuery(AdminGetOrderPartsParams, { defaults: [], isList: false })] },
  { method: ["GET"], matcher: "/admin/order-parts/:id", middlewares: [validateAndTransformQuery(NoParams, { defaults: [], isList: false })] },
  ...orderPartActionMiddlewares("/admin/order-parts"),
]
