import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { UpdateProducerInput } from "../types"

export const updateProducersStepId = "update-producers"

/** Updates producers' profiles; compensation puts back the fields it changed as they were. */
export const updateProducersStep = createStep(
  updateProducersStepId,
  async (input: UpdateProducerInput[], { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const fields = [...new Set(input.flatMap((update) => Object.keys(update)))]
    const before = await service.listProducers({ id: input.map(({ id }) => id) }, { select: fields })
    const producers = await service.updateProducers(input)
    return new StepResponse(producers, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.updateProducers(before as UpdateProducerInput[])
  }
)
