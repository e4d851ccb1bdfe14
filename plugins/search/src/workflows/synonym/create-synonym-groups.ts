import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSynonymGroupsStep } from "./steps/create-synonym-groups"
import type { SynonymGroupInput } from "./types"

/** The association adds synonym groups (the admin page, and the seed's starting list). */
export const createSynonymGroupsWorkflow = createWorkflow(
  "create-synonym-groups",
  (input: { groups: SynonymGroupInput[] }) => new WorkflowResponse(createSynonymGroupsStep(input.groups))
)
