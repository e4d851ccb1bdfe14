import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ApplicationInput } from "../types"

export const createProducerApplicationStepId = "create-producer-application"

/** Records an application; compensation deletes it. */
export const createProducerApplicationStep = createStep(
  createProducerApplicationStepId,
  async (input: ApplicationInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const application = await producers.createProducerApplications({ ...input, email: input.email.toLowerCase() })
    return new StepResponse(application, application.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerApplications(id)
  }
)
