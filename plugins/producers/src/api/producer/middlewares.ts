import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ensureOwnPathRecord } from "./ownership"
import { producerProfileRoutesMiddlewares } from "./profile/middlewares"
import { producerProfilePhotoRoutesMiddlewares } from "./profile-photos/middlewares"
import { loadActingMember, ownerOnly } from "./team"
import { ProducerGetTeamParams, ProducerInviteMember } from "./validators"

/**
 * Every route under `/producer` — this plugin's and those other plugins add — is for a
 * logged-in member of a producer's team (actor type "producer"). Medusa runs wildcard matchers
 * before a route's own entries, so every `/producer/<kind>/<id>` is checked for ownership
 * before its validators and handler see it.
 */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer*",
    middlewares: [authenticate("producer", ["bearer", "session"]), loadActingMember, ensureOwnPathRecord],
  },
  ...["/producer/me", "/producer/members"].map((matcher) => ({
    method: ["GET" as const],
    matcher,
    middlewares: [validateAndTransformQuery(ProducerGetTeamParams, { defaults: [], isList: false })],
  })),
  // The team is the owner's: staff see it, only the owner changes it.
  { method: ["POST"], matcher: "/producer/invitations", middlewares: [ownerOnly, validateAndTransformBody(ProducerInviteMember)] },
  { method: ["DELETE"], matcher: "/producer/invitations/:id", middlewares: [ownerOnly] },
  { method: ["DELETE"], matcher: "/producer/members/:id", middlewares: [ownerOnly] },
  ...producerProfileRoutesMiddlewares,
  ...producerProfilePhotoRoutesMiddlewares,
]
