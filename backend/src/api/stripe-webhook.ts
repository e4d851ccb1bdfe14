import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"

/** Where Stripe posts its events: Medusa's own webhook route for the provider `stripe` (medusa-config.ts). */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

/**
 * Checks a Stripe webhook's signature before Medusa's route sees it. Medusa 2.21's
 * POST /hooks/payment/:provider answers 200 to anything and queues it; the signature is only
 * checked seconds later in the payment-webhook subscriber, where a forged or broken request
 * fails silently. Here it is refused at once with a 400 saying why, and nothing is queued.
 * The check is Stripe's own (`constructEvent`: HMAC over the raw body, five minutes' tolerance)
 * with the secret Medusa's Stripe provider uses (STRIPE_WEBHOOK_SECRET).
 */
export function verifyStripeSignature(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!process.env.STRIPE_API_KEY) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, "Stripe payments are not set up on this shop (STRIPE_API_KEY is not set)"))
  }
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  if (!secret) {
    return next(invalid("Stripe webhooks cannot be verified on this shop: STRIPE_WEBHOOK_SECRET is not set"))
  }
  const signature = req.headers["stripe-signature"]
  if (typeof signature !== "string" || !signature) {
    return next(invalid("The Stripe-Signature header is missing"))
  }
  const rawBody = (req as MedusaRequest & { rawBody?: unknown }).rawBody
  if (!req.is("application/json") || !Buffer.isBuffer(rawBody)) {
    return next(invalid("A Stripe webhook must carry a JSON body (Content-Type: application/json)"))
  }
  try {
    Stripe.webhooks.constructEvent(rawBody, signature, secret)
  } catch (error) {
    return next(invalid(`The Stripe webhook's signature does not verify: ${(error as Error).message}`))
  }
  next()
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
