import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const loadProducerStepId = "load-producer"

/** The producer a step acts for; 404 when there is none (or it has left). Reads only. */
export const loadProducerStep = createStep(loadProducerStepId, async (id: string, { container }) => {
  const [producer] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id }, { select: ["id", "name", "status"] })
  if (!producer || producer.status === "left") throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with id "${id}" was found`)
  return new StepResponse(producer)
})
