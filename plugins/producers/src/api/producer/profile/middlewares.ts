import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerGetProfileParams, ProducerUpdateProfile } from "./validators"

/** The producer's public profile; staff may change it too (only payout data and the team are the owner's). */
export const producerProfileRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/profile", middlewares: [validateAndTransformQuery(ProducerGetProfileParams, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/producer/profile", middlewares: [validateAndTransformBody(ProducerUpdateProfile)] },
]
