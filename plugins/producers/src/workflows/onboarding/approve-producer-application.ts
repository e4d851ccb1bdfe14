import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { mailLocale } from "../../mail"
import { handleFromName } from "../../modules/producer/vocabulary"
import { invitationOutgoingMail } from "../../notifications/onboarding"
import { createProducersStep } from "../producer/steps/create-producers"
import { createProducerInvitationStep } from "./steps/create-producer-invitation"
import { decideProducerApplicationStep } from "./steps/decide-producer-application"
import { loadPendingApplicationStep } from "./steps/load-pending-application"
import { sendOnboardingMailsStep } from "./steps/send-onboarding-mails"
import type { ApprovalInput } from "./types"

export const approveProducerApplicationWorkflowId = "approve-producer-application"

/**
 * The association approves an application: the business becomes a producer (active, its story
 * the applicant's own words until it edits them in the portal), and the applicant is invited by
 * mail as its owner. Under the application's lock, so a double click approves once.
 */
export const approveProducerApplicationWorkflow = createWorkflow(approveProducerApplicationWorkflowId, (input: ApprovalInput) => {
  const lock = transform({ input }, ({ input }) => ({ key: `producer-application-${input.application_id}`, timeout: 30, ttl: 60 }))
  acquireLockStep(lock)
  const application = loadPendingApplicationStep(input.application_id)
  const created = createProducersStep(
    transform({ application, input }, ({ application, input }) => [
      {
        handle: input.handle ?? handleFromName(application.business_name),
        name: application.business_name,
        craft: application.craft,
        story: application.about,
        town: application.town,
        postal_code: application.postal_code,
        district: input.district,
        latitude: input.latitude,
        longitude: input.longitude,
        email: application.email,
        phone: application.phone,
      },
    ])
  )
  const producer = transform({ created }, ({ created }) => created[0])
  const decided = decideProducerApplicationStep(
    transform({ input, producer }, ({ input, producer }) => ({ application_id: input.application_id, status: "approved" as const, producer_id: producer.id }))
  )
  const { invitation, token } = createProducerInvitationStep(
    transform({ application, producer }, ({ application, producer }) => ({
      producer_id: producer.id,
      email: application.email,
      role: "owner" as const,
      locale: mailLocale(application.locale),
    }))
  )
  const mails = transform({ application, producer, invitation, token }, ({ application, producer, invitation, token }) => [
    invitationOutgoingMail(invitation, { token, producer_name: producer.name, name: application.contact_name, trigger_type: "producer_application.approved" }),
  ])
  sendOnboardingMailsStep(mails)
  releaseLockStep(transform({ input }, ({ input }) => ({ key: `producer-application-${input.application_id}` })))
  return new WorkflowResponse(transform({ decided, producer, invitation }, ({ decided, producer, invitation }) => ({
    application: decided,
    producer,
    invitation: { id: invitation.id, email: invitation.email, expires_at: invitation.expires_at },
  })))
})
