import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerGetProductChoicesParams } from "./validators"

/** The lists the portal's product form chooses from; logged in as for every /producer route. */
export const producerProductChoiceRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/product-choices", middlewares: [validateAndTransformQuery(ProducerGetProductChoicesParams, { defaults: [], isList: false })] },
]
