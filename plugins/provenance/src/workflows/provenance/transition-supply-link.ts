import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionSupplyLinkStep, type TransitionSupplyLinkInput } from "./steps/transition-supply-link"

export const transitionSupplyLinkWorkflowId = "transition-supply-link"

export const transitionSupplyLinkWorkflow = createWorkflow(
  transitionSupplyLinkWorkflowId,
  (input: TransitionSupplyLinkInput) => new WorkflowResponse(transitionSupplyLinkStep(input))
)
