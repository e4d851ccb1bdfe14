import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProducerStatusStep, type SetProducerStatusInput } from "./steps/set-producer-status"

export const setProducerStatusWorkflowId = "set-producer-status"

/** The association pauses a producer, takes it back, or records that it left. */
export const setProducerStatusWorkflow = createWorkflow(setProducerStatusWorkflowId, (input: SetProducerStatusInput) => {
  const producer = setProducerStatusStep(input)
  return new WorkflowResponse(producer)
})
