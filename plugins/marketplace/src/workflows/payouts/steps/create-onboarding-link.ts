import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/**
 * A one-time link into Stripe's onboarding for the account. The workflow's last step, and
 * nothing to undo: an unused link expires by itself.
 */
export const createOnboardingLinkStep = createStep(
  "create-onboarding-link",
  async (input: { account_id: string; return_url: string; refresh_url: string }, { container }) => {
    const connect = container.resolve<LedgerModuleService>(LEDGER_MODULE).stripeConnect()!
    const link = await connect.onboardingLink(input.account_id, { returnUrl: input.return_url, refreshUrl: input.refresh_url })
    return new StepResponse(link)
  }
)
