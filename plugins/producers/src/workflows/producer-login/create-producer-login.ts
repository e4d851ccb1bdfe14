import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { registerProducerLoginStep } from "./steps/register-producer-login"

export const createProducerLoginWorkflowId = "create-producer-login"

/** A login for a producer: its requests then act as that producer (actor type "producer"). */
export const createProducerLoginWorkflow = createWorkflow(
  createProducerLoginWorkflowId,
  (input: { producer_id: string; email: string; password: string }) => {
    const identity = registerProducerLoginStep(input)
    const metadata = transform({ identity, input }, ({ identity, input }) => ({
      authIdentityId: identity.id,
      actorType: "producer",
      value: input.producer_id,
    }))
    setAuthAppMetadataStep(metadata)
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, email: input.email })))
  }
)
