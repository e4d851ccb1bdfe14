import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { decideChangeRequestStep } from "./steps/decide-change-request"
import { loadPendingChangeRequestStep } from "./steps/load-pending-change-request"

/** The association turns a producer's change down with its reason; the product stays as it is. */
export const rejectChangeRequestWorkflow = createWorkflow("reject-change-request", (input: { id: string; reason: string }) => {
  const key = transform({ input }, ({ input }) => `change-request-${input.id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const request = loadPendingChangeRequestStep(transform({ input }, ({ input }) => ({ id: input.id })))
  decideChangeRequestStep(transform({ input }, ({ input }) => ({ id: input.id, status: "rejected" as const, reason: input.reason })))
  releaseLockStep({ key })
  return new WorkflowResponse(request)
})
