import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createOnboardingLinkStep } from "./steps/create-onboarding-link"
import { ensureConnectedAccountStep } from "./steps/ensure-connected-account"

/**
 * A producer's owner sets up (or finishes) its Stripe account for payouts: its connected account
 * is made on the first call and kept, and each call answers a fresh link into Stripe's own
 * onboarding, which returns to the portal's payouts page. Under the producer's seller-account
 * lock, so two clicks make one account.
 */
export const startStripeOnboardingWorkflow = createWorkflow(
  "start-stripe-onboarding",
  (input: { producer_id: string; return_url: string; refresh_url: string }) => {
    const key = transform(input, (input) => `seller-account-${input.producer_id}`)
    acquireLockStep({ key, timeout: 10, ttl: 30 })
    const account = ensureConnectedAccountStep(transform(input, (input) => ({ producer_id: input.producer_id })))
    releaseLockStep({ key })
    const link = createOnboardingLinkStep(
      transform({ input, account }, ({ input, account }) => ({ account_id: account.account_id, return_url: input.return_url, refresh_url: input.refresh_url }))
    )
    return new WorkflowResponse(link)
  }
)
