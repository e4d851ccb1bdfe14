import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ownerOnly } from "@genussnetz/producers/ownership"
import { ProducerStartStripeOnboarding } from "./validators"

/** Stripe onboarding is payout data: the owner's alone (staff: 403). */
export const producerStripeOnboardingRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/producer/stripe-onboarding", middlewares: [ownerOnly, validateAndTransformBody(ProducerStartStripeOnboarding)] },
]
