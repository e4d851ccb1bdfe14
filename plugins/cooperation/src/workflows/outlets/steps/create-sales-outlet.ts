import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATION_MODULE, type CooperationModuleService, type SalesOutletKind } from "../../../modules/cooperation"

export type SalesOutletInput = { producer_id: string; name: string; kind: SalesOutletKind; monthly_revenue: number }

/** Writes a declared outlet; compensation removes it. */
export const createSalesOutletStep = createStep(
  "create-sales-outlet",
  async (input: SalesOutletInput, { container }) => {
    const outlet = await container.resolve<CooperationModuleService>(COOPERATION_MODULE).createSalesOutlets(input)
    return new StepResponse(outlet, outlet.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CooperationModuleService>(COOPERATION_MODULE).deleteSalesOutlets(id)
  }
)
