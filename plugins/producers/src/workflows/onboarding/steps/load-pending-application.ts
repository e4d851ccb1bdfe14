import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { loadPendingApplication } from "./decide-producer-application"

export const loadPendingApplicationStepId = "load-pending-application"

/** The application a decision is about; 404 when unknown, 400 when it was decided already. Reads only. */
export const loadPendingApplicationStep = createStep(loadPendingApplicationStepId, async (id: string, { container }) => {
  return new StepResponse(await loadPendingApplication(container.resolve<ProducerModuleService>(PRODUCER_MODULE), id))
})
