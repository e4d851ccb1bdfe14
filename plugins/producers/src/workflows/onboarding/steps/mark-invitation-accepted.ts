import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const markInvitationAcceptedStepId = "mark-invitation-accepted"

/** Uses an invitation up; compensation makes it usable again. */
export const markInvitationAcceptedStep = createStep(
  markInvitationAcceptedStepId,
  async (id: string, { container }) => {
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerInvitations({ id, accepted_at: new Date() })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerInvitations({ id, accepted_at: null })
  }
)
