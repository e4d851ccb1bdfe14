import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerGetFulfilmentParams, ProducerSaveOffer } from "./validators"

/** The producer's own pickup and delivery; logged in as for every /producer route (staff may change it too). */
export const producerFulfilmentRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/fulfilment", middlewares: [validateAndTransformQuery(ProducerGetFulfilmentParams, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/producer/fulfilment", middlewares: [validateAndTransformBody(ProducerSaveOffer)] },
]
