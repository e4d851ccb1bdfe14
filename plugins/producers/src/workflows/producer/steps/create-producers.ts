import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { CreateProducerInput } from "../types"

export const createProducersStepId = "create-producers"

/** Creates producers; compensation deletes exactly the ones it created. */
export const createProducersStep = createStep(
  createProducersStepId,
  async (input: CreateProducerInput[], { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const producers = await service.createProducers(input)
    return new StepResponse(
      producers,
      producers.map((p) => p.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteProducers(createdIds)
  }
)
