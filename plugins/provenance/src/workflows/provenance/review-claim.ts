import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewClaimStep } from "./steps/review-claim"

export const reviewClaimWorkflowId = "review-claim"

/** The association's verdict on a claim. */
export const reviewClaimWorkflow = createWorkflow(
  reviewClaimWorkflowId,
  (input: { id: string; status: "verified" | "rejected" }) => new WorkflowResponse(reviewClaimStep(input))
)
