import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetProductProvenanceParams } from "./validators"

export const storeProductProvenanceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products/:id/provenance",
    middlewares: [validateAndTransformQuery(StoreGetProductProvenanceParams, { defaults: [], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id/provenance.epcis.json",
    middlewares: [validateAndTransformQuery(StoreGetProductProvenanceParams, { defaults: [], isList: false })],
  },
]
