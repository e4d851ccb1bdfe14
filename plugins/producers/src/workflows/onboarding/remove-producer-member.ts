import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { releaseProducerLoginStep } from "./steps/release-producer-login"
import { removeProducerMemberStep } from "./steps/remove-producer-member"

export const removeProducerMemberWorkflowId = "remove-producer-member"

/** Takes a person off a producer's team and ends their login for it. Under the team's lock, so two owners removing each other leave one. */
export const removeProducerMemberWorkflow = createWorkflow(
  removeProducerMemberWorkflowId,
  (input: { producer_id: string; member_id: string }) => {
    const lock = transform({ input }, ({ input }) => ({ key: `producer-team-${input.producer_id}`, timeout: 30, ttl: 60 }))
    acquireLockStep(lock)
    const member = removeProducerMemberStep(input)
    releaseProducerLoginStep(transform({ member }, ({ member }) => member.auth_identity_id))
    releaseLockStep(transform({ input }, ({ input }) => ({ key: `producer-team-${input.producer_id}` })))
    return new WorkflowResponse(transform({ member }, ({ member }) => ({ id: member.id })))
  }
)
