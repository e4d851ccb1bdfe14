import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListSellerAccounts, AdminUpdateSellerAccount } from "./validators"

/** The producers as payees (Medusa authenticates every /admin route). */
export const adminSellerAccountRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/seller-accounts", middlewares: [validateAndTransformQuery(AdminListSellerAccounts, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/seller-accounts/:producer_id", middlewares: [validateAndTransformBody(AdminUpdateSellerAccount)] },
]
