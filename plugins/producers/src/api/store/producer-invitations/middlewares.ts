import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreAcceptInvitation, StoreGetInvitationParams } from "./validators"

export const storeProducerInvitationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/producer-invitations/:token",
    middlewares: [validateAndTransformQuery(StoreGetInvitationParams, { defaults: [], isList: false })],
  },
  { method: ["POST"], matcher: "/store/producer-invitations/accept", middlewares: [validateAndTransformBody(StoreAcceptInvitation)] },
]
