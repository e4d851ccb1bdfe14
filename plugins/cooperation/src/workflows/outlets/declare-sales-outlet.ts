import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSalesOutletStep, type SalesOutletInput } from "./steps/create-sales-outlet"

/** A producer names another place it sells through, with its monthly revenue there. */
export const declareSalesOutletWorkflow = createWorkflow("declare-sales-outlet", (input: SalesOutletInput) => {
  return new WorkflowResponse(createSalesOutletStep(input))
})
