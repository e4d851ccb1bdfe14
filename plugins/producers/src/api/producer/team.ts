import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import type { MemberRole } from "../../modules/producer/vocabulary"

/** The team member behind a producer request (set by `loadActingMember`). */
export type ActingMember = { id: string; email: string; role: MemberRole }

const ACTING_MEMBER = Symbol("actingMember")

/** The logged-in member of the producer's team: who acts, and in which role. */
export function actingMember(req: MedusaRequest): ActingMember {
  const member = (req as unknown as Record<symbol, ActingMember | undefined>)[ACTING_MEMBER]
  if (!member) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return member
}

/**
 * Runs after `authenticate("producer")` on every producer route: the login must still be on the
 * producer's team. A member the owner removed is refused at once, even with a token issued
 * before (tokens live a day); and the member's role is known to the routes that need it.
 */
export async function loadActingMember(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { auth_identity_id, actor_id } = (req as AuthenticatedMedusaRequest).auth_context
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [member] = auth_identity_id
    ? await producers.listProducerMembers({ auth_identity_id, producer_id: actor_id }, { select: ["id", "email", "role"] })
    : []
  if (!member) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login is no longer on the producer's team")
  ;(req as unknown as Record<symbol, ActingMember>)[ACTING_MEMBER] = { id: member.id, email: member.email, role: member.role }
  next()
}

/**
 * For what only the owner may do (the team, the payout data): staff get 403. Other plugins put it
 * on their owner-only producer routes.
 */
export function ownerOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (actingMember(req).role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the producer's owner may do this")
  }
  next()
}
