import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertMeatOriginsStep } from "./steps/upsert-meat-origins"

export const upsertMeatOriginsWorkflowId = "upsert-meat-origins"

export const upsertMeatOriginsWorkflow = createWorkflow(
  upsertMeatOriginsWorkflowId,
  (input: { meat_origins: Record<string, unknown>[] }) => new WorkflowResponse(upsertMeatOriginsStep(input.meat_origins))
)
