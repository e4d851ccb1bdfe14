import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetProducerProvenanceParams } from "./validators"

export const storeProducerProvenanceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/producers/:handle/provenance",
    middlewares: [validateAndTransformQuery(StoreGetProducerProvenanceParams, { defaults: [], isList: false })],
  },
]
