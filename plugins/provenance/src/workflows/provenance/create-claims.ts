import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createClaimsStep } from "./steps/create-claims"

export const createClaimsWorkflowId = "create-claims"

export const createClaimsWorkflow = createWorkflow(
  createClaimsWorkflowId,
  (input: { claims: Record<string, unknown>[] }) => new WorkflowResponse(createClaimsStep(input.claims))
)
