import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listProducerQueryConfig, retrieveProducerQueryConfig } from "./query-config"
import { StoreGetProducerParams, StoreGetProducersParams } from "./validators"

export const storeProducerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/producers",
    middlewares: [validateAndTransformQuery(StoreGetProducersParams, listProducerQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/producers/:handle",
    middlewares: [validateAndTransformQuery(StoreGetProducerParams, retrieveProducerQueryConfig)],
  },
]
