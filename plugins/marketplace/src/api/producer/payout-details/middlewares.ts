import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ownerOnly } from "@genussnetz/producers/ownership"
import { ProducerGetPayoutDetailsParams, ProducerSetPayoutDetails } from "./validators"

/** How the producer is paid: the whole team sees it, only the owner changes it (staff: 403). */
export const producerPayoutDetailRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/payout-details", middlewares: [validateAndTransformQuery(ProducerGetPayoutDetailsParams, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/producer/payout-details", middlewares: [ownerOnly, validateAndTransformBody(ProducerSetPayoutDetails)] },
]
