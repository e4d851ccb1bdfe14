import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const removeProducerMemberStepId = "remove-producer-member"

/**
 * Takes a person off a producer's team. A team always keeps an owner: the last one cannot be
 * removed (hand the role on first). Compensation puts the member back.
 */
export const removeProducerMemberStep = createStep(
  removeProducerMemberStepId,
  async ({ producer_id, member_id }: { producer_id: string; member_id: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const team = await producers.listProducerMembers({ producer_id }, { select: ["id", "role", "auth_identity_id"] })
    const member = team.find(({ id }) => id === member_id)
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No member with id "${member_id}" was found`)
    if (member.role === "owner" && !team.some(({ id, role }) => role === "owner" && id !== member_id)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The team's last owner cannot be removed: make another member owner first")
    }
    await producers.softDeleteProducerMembers(member_id)
    return new StepResponse(member, member_id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).restoreProducerMembers(id)
  }
)
