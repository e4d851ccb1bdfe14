import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { updateProducerProductWorkflow } from "../producer-products/update-producer-product"
import { decideChangeRequestStep } from "./steps/decide-change-request"
import { loadPendingChangeRequestStep } from "./steps/load-pending-change-request"

/**
 * The association approves a producer's change: it is applied as the producer made it (the
 * product workflow's own checks run: a food is published only with its food information), and
 * the request is approved. Under the request's lock, so two approvals at once apply it once.
 */
export const approveChangeRequestWorkflow = createWorkflow("approve-change-request", (input: { id: string }) => {
  const key = transform({ input }, ({ input }) => `change-request-${input.id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const request = loadPendingChangeRequestStep(input)
  updateProducerProductWorkflow.runAsStep({
    input: transform({ request }, ({ request }) => ({ producer_id: request.producer_id, product_id: request.product_id, change: request.proposed, reviewed: true })),
  })
  decideChangeRequestStep(transform({ input }, ({ input }) => ({ id: input.id, status: "approved" as const })))
  releaseLockStep({ key })
  return new WorkflowResponse(request)
})
