import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { INVITATION_LIFETIME_DAYS } from "../../../modules/producer/vocabulary"
import { newInvitationToken } from "../invitation-token"
import type { InvitationInput } from "../types"

export const createProducerInvitationStepId = "create-producer-invitation"

/**
 * Invites a person to a producer's team: a new one-time token (only its hash is kept) valid for
 * INVITATION_LIFETIME_DAYS. An address already on any producer's team cannot be invited (one
 * login acts for one producer); an earlier open invitation of the same address to the same
 * producer is withdrawn, so only the newest link works. Compensation deletes the new invitation
 * and restores the withdrawn ones.
 */
export const createProducerInvitationStep = createStep(
  createProducerInvitationStepId,
  async (input: InvitationInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const email = input.email.toLowerCase()
    const [member] = await producers.listProducerMembers({ email }, { select: ["id", "producer_id"] })
    if (member) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        member.producer_id === input.producer_id
          ? `${email} is already on this producer's team`
          : `${email} already belongs to another producer's team; one login acts for one producer`
      )
    }
    const open = await producers.listProducerInvitations({ producer_id: input.producer_id, email, accepted_at: null }, { select: ["id"] })
    if (open.length) await producers.softDeleteProducerInvitations(open.map(({ id }) => id))

    const { token, token_hash } = newInvitationToken()
    const expires_at = new Date(Date.now() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000)
    const invitation = await producers.createProducerInvitations({ ...input, email, token_hash, expires_at })
    return new StepResponse({ invitation, token }, { created: invitation.id, withdrawn: open.map(({ id }) => id) })
  },
  async (done, { container }) => {
    if (!done) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerInvitations(done.created)
    if (done.withdrawn.length) await producers.restoreProducerInvitations(done.withdrawn)
  }
)
