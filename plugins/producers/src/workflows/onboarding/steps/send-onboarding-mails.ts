import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendMails, type OutgoingMail } from "../../../mail"

export const sendOnboardingMailsStepId = "send-onboarding-mails"

/**
 * Sends the mails of an onboarding step (an invitation, an answer to an application). The last
 * step of its workflow: a mail cannot be called back, so nothing after it may fail.
 */
export const sendOnboardingMailsStep = createStep(sendOnboardingMailsStepId, async (mails: OutgoingMail[], { container }) => {
  await sendMails(container, mails)
  return new StepResponse(mails.length)
})
