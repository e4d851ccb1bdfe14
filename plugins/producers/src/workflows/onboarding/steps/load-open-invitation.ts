import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { invitationTokenHash } from "../invitation-token"

export const loadOpenInvitationStepId = "load-open-invitation"

/**
 * The invitation a token opens, with its producer's name — while it can still be used: unknown,
 * withdrawn and used tokens are "not found", an expired one says so. Reads only.
 */
export async function loadOpenInvitation(producers: ProducerModuleService, token: string) {
  const [invitation] = await producers.listProducerInvitations({ token_hash: invitationTokenHash(token) })
  if (!invitation || invitation.accepted_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is unknown or was used already")
  }
  if (new Date(invitation.expires_at).getTime() <= Date.now()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has expired: ask for a new one")
  }
  const [producer] = await producers.listProducers({ id: invitation.producer_id }, { select: ["id", "name", "status"] })
  if (!producer || producer.status === "left") throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is unknown or was used already")
  return { invitation, producer }
}

export const loadOpenInvitationStep = createStep(loadOpenInvitationStepId, async (token: string, { container }) => {
  return new StepResponse(await loadOpenInvitation(container.resolve<ProducerModuleService>(PRODUCER_MODULE), token))
})
