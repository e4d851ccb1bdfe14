import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OutgoingMail } from "../../mail"
import { applicationReceivedMail } from "../../notifications/onboarding"
import { createProducerApplicationStep } from "./steps/create-producer-application"
import { sendOnboardingMailsStep } from "./steps/send-onboarding-mails"
import type { ApplicationInput } from "./types"

export const submitProducerApplicationWorkflowId = "submit-producer-application"

/** A business applies to join: the application waits for the association, the applicant gets a receipt. */
export const submitProducerApplicationWorkflow = createWorkflow(submitProducerApplicationWorkflowId, (input: ApplicationInput) => {
  const application = createProducerApplicationStep(input)
  const mails = transform({ application, input }, ({ application, input }): OutgoingMail[] => [
    {
      to: application.email,
      template: "producer-application-received",
      idempotency_key: `producer-application-received-${application.id}`,
      content: applicationReceivedMail(input.locale, application),
      resource_type: "producer_application",
      resource_id: application.id,
      trigger_type: "producer_application.submitted",
    },
  ])
  sendOnboardingMailsStep(mails)
  return new WorkflowResponse(application)
})
