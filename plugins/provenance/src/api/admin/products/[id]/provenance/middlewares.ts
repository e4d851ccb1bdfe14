import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const AdminGetProductProvenanceParams = z.object({}).strict()

export const adminProductProvenanceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/products/:id/provenance",
    middlewares: [validateAndTransformQuery(AdminGetProductProvenanceParams, { defaults: [], isList: false })],
  },
]
