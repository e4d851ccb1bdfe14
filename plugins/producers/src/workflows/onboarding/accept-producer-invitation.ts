import { acquireLockStep, releaseLockStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { registerProducerLoginStep } from "../producer-login/steps/register-producer-login"
import { invitationTokenHash } from "./invitation-token"
import { createProducerMemberStep } from "./steps/create-producer-member"
import { loadOpenInvitationStep } from "./steps/load-open-invitation"
import { markInvitationAcceptedStep } from "./steps/mark-invitation-accepted"

export const acceptProducerInvitationWorkflowId = "accept-producer-invitation"

/**
 * The invited person sets a password: a producer login (e-mail and password, actor "producer")
 * is registered for the invited address, put on the producer's team in the invited role, and the
 * invitation is used up. Under the token's lock: the same link submitted twice makes one login.
 */
export const acceptProducerInvitationWorkflow = createWorkflow(
  acceptProducerInvitationWorkflowId,
  (input: { token: string; password: string }) => {
    const lock = transform({ input }, ({ input }) => ({ key: `producer-invitation-${invitationTokenHash(input.token)}`, timeout: 30, ttl: 60 }))
    acquireLockStep(lock)
    const { invitation, producer } = loadOpenInvitationStep(input.token)
    const identity = registerProducerLoginStep(
      transform({ invitation, input }, ({ invitation, input }) => ({ producer_id: invitation.producer_id, email: invitation.email, password: input.password }))
    )
    setAuthAppMetadataStep(
      transform({ identity, invitation }, ({ identity, invitation }) => ({
        authIdentityId: identity.id,
        actorType: "producer",
        value: invitation.producer_id,
      }))
    )
    const member = createProducerMemberStep(
      transform({ identity, invitation }, ({ identity, invitation }) => ({
        producer_id: invitation.producer_id,
        email: invitation.email,
        role: invitation.role,
        auth_identity_id: identity.id,
      }))
    )
    markInvitationAcceptedStep(transform({ invitation }, ({ invitation }) => invitation.id))
    releaseLockStep(transform({ input }, ({ input }) => ({ key: `producer-invitation-${invitationTokenHash(input.token)}` })))
    return new WorkflowResponse(
      transform({ member, producer }, ({ member, producer }) => ({ email: member.email, role: member.role, producer: { id: producer.id, name: producer.name } }))
    )
  }
)
