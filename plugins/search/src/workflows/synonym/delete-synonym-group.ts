import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSynonymGroupStep } from "./steps/delete-synonym-group"

/** The association removes a group. */
export const deleteSynonymGroupWorkflow = createWorkflow(
  "delete-synonym-group",
  (input: { id: string }) => new WorkflowResponse(deleteSynonymGroupStep(input.id))
)
