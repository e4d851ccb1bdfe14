import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateBundle, AdminListBundles } from "./validators"

/** The association's Genusspakete (Medusa authenticates every /admin route). */
export const adminBundleRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/bundles", middlewares: [validateAndTransformQuery(AdminListBundles, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/bundles", middlewares: [validateAndTransformBody(AdminCreateBundle)] },
]
