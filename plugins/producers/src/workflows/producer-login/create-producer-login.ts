import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerMemberStep } from "../onboarding/steps/create-producer-member"
import { registerProducerLoginStep } from "./steps/register-producer-login"

export const createProducerLoginWorkflowId = "create-producer-login"

/**
 * A login the association sets up directly for a producer (its requests then act as that
 * producer, actor type "producer"), on the producer's team as owner. The usual way in is an
 * invitation (accept-producer-invitation); this one serves the association's own set-up.
 */
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
    createProducerMemberStep(
      transform({ identity, input }, ({ identity, input }) => ({
        producer_id: input.producer_id,
        email: input.email,
        role: "owner" as const,
        auth_identity_id: identity.id,
      }))
    )
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, email: input.email })))
  }
)
