import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { MemberRole } from "../../../modules/producer/vocabulary"

export const createProducerMemberStepId = "create-producer-member"

/** Puts a login on a producer's team; compensation takes it off again. */
export const createProducerMemberStep = createStep(
  createProducerMemberStepId,
  async (input: { producer_id: string; email: string; role: MemberRole; auth_identity_id: string }, { container }) => {
    const member = await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .createProducerMembers({ ...input, email: input.email.toLowerCase() })
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerMembers(id)
  }
)
