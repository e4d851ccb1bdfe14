import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storefrontUrl } from "@genussnetz/producers/mail"
import { actingProducer } from "@genussnetz/producers/ownership"
import { startStripeOnboardingWorkflow } from "../../../workflows/payouts/start-stripe-onboarding"
import type { ProducerStartStripeOnboardingType } from "./validators"

/** The portal's payouts page, where Stripe sends the producer back (never an address a client names). */
const PAYOUTS_PAGE = { de: "/portal/auszahlungen", en: "/en/portal/payouts" } as const

/**
 * The owner's way into Stripe's onboarding for payouts by Stripe Connect: answers a one-time
 * link (`url`, valid minutes) to send the owner to. 400 where the shop pays by bank transfer.
 */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerStartStripeOnboardingType>, res: MedusaResponse) => {
  const page = PAYOUTS_PAGE[req.validatedBody.locale]
  const { result } = await startStripeOnboardingWorkflow(req.scope).run({
    input: {
      producer_id: actingProducer(req),
      return_url: storefrontUrl(`${page}?stripe=zurueck`),
      refresh_url: storefrontUrl(`${page}?stripe=abgelaufen`),
    },
  })
  res.json({ onboarding: result })
}
