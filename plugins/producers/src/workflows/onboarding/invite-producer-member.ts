import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invitationOutgoingMail } from "../../notifications/onboarding"
import { loadProducerStep } from "./steps/load-producer"
import { createProducerInvitationStep } from "./steps/create-producer-invitation"
import { sendOnboardingMailsStep } from "./steps/send-onboarding-mails"
import type { InvitationInput } from "./types"

export const inviteProducerMemberWorkflowId = "invite-producer-member"

/** An owner (or the association) invites a person to a producer's team; the link goes out by mail. */
export const inviteProducerMemberWorkflow = createWorkflow(inviteProducerMemberWorkflowId, (input: InvitationInput) => {
  const producer = loadProducerStep(input.producer_id)
  const { invitation, token } = createProducerInvitationStep(input)
  const mails = transform({ producer, invitation, token }, ({ producer, invitation, token }) => [
    invitationOutgoingMail(invitation, { token, producer_name: producer.name, trigger_type: "producer_invitation.created" }),
  ])
  sendOnboardingMailsStep(mails)
  return new WorkflowResponse(
    transform({ invitation }, ({ invitation }) => ({ id: invitation.id, email: invitation.email, role: invitation.role, expires_at: invitation.expires_at }))
  )
})
