import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSupplyLinksStep } from "./steps/create-supply-links"
import { validateSupplyLinksStep } from "./steps/validate-supply-links"

export const createSupplyLinksWorkflowId = "create-supply-links"

/** A customer declares who supplies it; the supplier confirms, the association verifies. */
export const createSupplyLinksWorkflow = createWorkflow(
  createSupplyLinksWorkflowId,
  (input: { supply_links: Record<string, unknown>[] }) => {
    const links = validateSupplyLinksStep(input.supply_links)
    const created = createSupplyLinksStep(links)
    return new WorkflowResponse(created)
  }
)
