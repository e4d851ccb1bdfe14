import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../../modules/cooperation"

/** Closes the need with the supply link it became and the offer that met it; compensation opens it again. */
export const recordNeedMetStep = createStep(
  "record-need-met",
  async (input: { need_id: string; offer_id: string; supply_link_id: string }, { container }) => {
    const board = container.resolve<CooperationModuleService>(COOPERATION_MODULE)
    const updated = await board.updateCooperationPosts({ id: input.need_id, status: "closed", supply_link_id: input.supply_link_id, met_by_id: input.offer_id })
    return new StepResponse(updated, input.need_id)
  },
  async (needId, { container }) => {
    if (needId) await container.resolve<CooperationModuleService>(COOPERATION_MODULE).updateCooperationPosts({ id: needId, status: "open", supply_link_id: null, met_by_id: null })
  }
)
