import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ClaimEvents } from "../../modules/provenance/events"
import { reviewClaimStep } from "./steps/review-claim"

export const reviewClaimWorkflowId = "review-claim"

/** The association's verdict on a claim; the verdict is announced so the catalog index follows. */
export const reviewClaimWorkflow = createWorkflow(
  reviewClaimWorkflowId,
  (input: { id: string; status: "verified" | "rejected" }) => {
    const claim = reviewClaimStep(input)
    emitEventStep({ eventName: ClaimEvents.REVIEWED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(claim)
  }
)
