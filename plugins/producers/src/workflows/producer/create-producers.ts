import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducersStep } from "./steps/create-producers"
import type { CreateProducerInput } from "./types"

export const createProducersWorkflowId = "create-producers"

export const createProducersWorkflow = createWorkflow(
  createProducersWorkflowId,
  (input: { producers: CreateProducerInput[] }) => {
    const producers = createProducersStep(input.producers)
    return new WorkflowResponse(producers)
  }
)
