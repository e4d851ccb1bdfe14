import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetRegionalAlternativesParams } from "./validators"

export const storeRegionalAlternativesRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products/:id/regional-alternatives",
    middlewares: [validateAndTransformQuery(StoreGetRegionalAlternativesParams, { defaults: [], isList: false })],
  },
]
