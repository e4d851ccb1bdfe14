import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../../modules/cooperation"

/** Removes a declared outlet (soft); compensation restores it. */
export const removeSalesOutletStep = createStep(
  "remove-sales-outlet",
  async (id: string, { container }) => {
    await container.resolve<CooperationModuleService>(COOPERATION_MODULE).softDeleteSalesOutlets(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CooperationModuleService>(COOPERATION_MODULE).restoreSalesOutlets(id)
  }
)
