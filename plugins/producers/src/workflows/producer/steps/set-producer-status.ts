import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerStatus } from "../../../modules/producer/vocabulary"

export const setProducerStatusStepId = "set-producer-status"

export type SetProducerStatusInput = { id: string; status: ProducerStatus }

/** Sets a producer's standing in the association; compensation puts the previous one back. */
export const setProducerStatusStep = createStep(
  setProducerStatusStepId,
  async ({ id, status }: SetProducerStatusInput, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [current] = await service.listProducers({ id }, { select: ["id", "status"] })
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer with id "${id}" was not found`)
    }
    const updated = await service.updateProducers({ id, status })
    return new StepResponse(updated, { id, status: current.status as ProducerStatus })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.updateProducers(previous)
  }
)
