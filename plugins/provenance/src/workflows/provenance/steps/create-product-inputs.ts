import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { ProductInputInputType } from "../schemas"

export const createProductInputsStepId = "create-product-inputs"

export const createProductInputsStep = createStep(
  createProductInputsStepId,
  async (inputs: ProductInputInputType[], { container }) => {
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const created = await service.createProductInputs(
      inputs.map((input) => ({
        product_id: input.product_id,
        supply_link_id: input.supply_link_id,
        input_product_id: input.input_product_id ?? null,
        share: input.share ?? null,
      }))
    )
    return new StepResponse(created, created.map((input) => input.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await service.deleteProductInputs(createdIds)
  }
)
