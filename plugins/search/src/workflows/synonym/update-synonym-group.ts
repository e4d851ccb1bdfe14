import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSynonymGroupStep } from "./steps/update-synonym-group"
import type { SynonymGroupInput } from "./types"

/** The association changes a group's terms or note. */
export const updateSynonymGroupWorkflow = createWorkflow(
  "update-synonym-group",
  (input: Partial<SynonymGroupInput> & { id: string }) => new WorkflowResponse(updateSynonymGroupStep(input))
)
