import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetCooperationPostsParams } from "./validators"

export const adminCooperationPostRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/cooperation-posts", middlewares: [validateAndTransformQuery(AdminGetCooperationPostsParams, { defaults: [], isList: false })] },
]
