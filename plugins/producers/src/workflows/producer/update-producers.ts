import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProducersStep } from "./steps/update-producers"
import type { UpdateProducerInput } from "./types"

export const updateProducersWorkflowId = "update-producers"

/** Changes producers' profiles (status has its own workflow, with what a status change sets off). */
export const updateProducersWorkflow = createWorkflow(
  updateProducersWorkflowId,
  (input: { producers: UpdateProducerInput[] }) => new WorkflowResponse(updateProducersStep(input.producers))
)
