import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setCooperationPostStatusStep } from "./steps/set-cooperation-post-status"

/** A producer closes its post (found someone, changed its mind) or opens it again. */
export const setCooperationPostStatusWorkflow = createWorkflow("set-cooperation-post-status", (input: { id: string; status: "open" | "closed" }) => {
  return new WorkflowResponse(setCooperationPostStatusStep(input))
})
