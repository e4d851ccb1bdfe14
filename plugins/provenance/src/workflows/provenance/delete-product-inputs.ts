import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductInputsStep } from "./steps/delete-product-inputs"

export const deleteProductInputsWorkflowId = "delete-product-inputs"

/**
 * Takes inputs off their products. The supply link stays: the supplier still delivers, the
 * product just no longer names it (the shop's chain of the product drops that branch).
 */
export const deleteProductInputsWorkflow = createWorkflow(deleteProductInputsWorkflowId, (input: { ids: string[] }) => {
  return new WorkflowResponse(deleteProductInputsStep(input.ids))
})
