import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProductInputInputType } from "../schemas"

export const createProductInputsStepId = "create-product-inputs"

export const createProductInputsStep = createStep(
  createProductInputsStepId,
  async (inputs: ProductInputInputType[], { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
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
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteProductInputs(createdIds)
  }
)
