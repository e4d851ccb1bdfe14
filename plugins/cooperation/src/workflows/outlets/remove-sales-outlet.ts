import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeSalesOutletStep } from "./steps/remove-sales-outlet"

/** A producer takes an outlet off its list. */
export const removeSalesOutletWorkflow = createWorkflow("remove-sales-outlet", (input: { id: string }) => {
  return new WorkflowResponse(removeSalesOutletStep(input.id))
})
