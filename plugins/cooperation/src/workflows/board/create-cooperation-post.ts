import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CooperationEvents } from "../../cooperation-events"
import { createCooperationPostStep } from "./steps/create-cooperation-post"
import { validateCooperationPostStep } from "./steps/validate-cooperation-post"

/** A producer posts an offer or a need; the board then tells the producers whose posts match it. */
export const createCooperationPostWorkflow = createWorkflow("create-cooperation-post", (input: Record<string, unknown>) => {
  const post = validateCooperationPostStep(input)
  const created = createCooperationPostStep(post)
  emitEventStep(transform(created, (created) => ({ eventName: CooperationEvents.POST_CREATED, data: { id: created.id } })))
  return new WorkflowResponse(created)
})
