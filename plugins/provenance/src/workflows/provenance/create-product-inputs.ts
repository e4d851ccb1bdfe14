import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertProductInputsAcyclicStep } from "./steps/assert-product-inputs-acyclic"
import { createProductInputsStep } from "./steps/create-product-inputs"
import { validateProductInputsStep } from "./steps/validate-product-inputs"

export const createProductInputsWorkflowId = "create-product-inputs"

/** Names what goes into products; a batch that would make a cycle is rolled back whole. */
export const createProductInputsWorkflow = createWorkflow(
  createProductInputsWorkflowId,
  (input: { product_inputs: Record<string, unknown>[] }) => {
    const inputs = validateProductInputsStep(input.product_inputs)
    const created = createProductInputsStep(inputs)
    assertProductInputsAcyclicStep(inputs)
    return new WorkflowResponse(created)
  }
)
