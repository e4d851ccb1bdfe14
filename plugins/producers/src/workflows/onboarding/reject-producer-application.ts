import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { mailLocale, type OutgoingMail } from "../../mail"
import { applicationRejectedMail } from "../../notifications/onboarding"
import { decideProducerApplicationStep } from "./steps/decide-producer-application"
import { sendOnboardingMailsStep } from "./steps/send-onboarding-mails"

export const rejectProducerApplicationWorkflowId = "reject-producer-application"

/** The association turns an application down; the applicant is told why. */
export const rejectProducerApplicationWorkflow = createWorkflow(
  rejectProducerApplicationWorkflowId,
  (input: { application_id: string; reason: string }) => {
    const lock = transform({ input }, ({ input }) => ({ key: `producer-application-${input.application_id}`, timeout: 30, ttl: 60 }))
    acquireLockStep(lock)
    const application = decideProducerApplicationStep(
      transform({ input }, ({ input }) => ({ application_id: input.application_id, status: "rejected" as const, rejection_reason: input.reason }))
    )
    const mails = transform({ application, input }, ({ application, input }): OutgoingMail[] => [
      {
        to: application.email,
        template: "producer-application-rejected",
        idempotency_key: `producer-application-rejected-${application.id}`,
        content: applicationRejectedMail(mailLocale(application.locale), { ...application, rejection_reason: input.reason }),
        resource_type: "producer_application",
        resource_id: application.id,
        trigger_type: "producer_application.rejected",
      },
    ])
    sendOnboardingMailsStep(mails)
    releaseLockStep(transform({ input }, ({ input }) => ({ key: `producer-application-${input.application_id}` })))
    return new WorkflowResponse(application)
  }
)
