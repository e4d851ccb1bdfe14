import { defineMiddlewares } from "@medusajs/framework/http"
import { gateCheckout } from "./checkout-gate"
import { apiErrorHandler, rejectMalformedInput } from "./input-guard"
import { STRIPE_WEBHOOK_PATH, verifyStripeSignature } from "./stripe-webhook"

/**
 * The API's prefixes, Medusa's own routes and every plugin's. Matchers without parameters:
 * express decodes a matcher's parameters before the middleware runs, and broken %-encoding
 * would throw there.
 */
const API_PREFIXES = ["/store", "/admin", "/producer", "/auth"]

export default defineMiddlewares({
  // The app has one error handler: Medusa's, answering broken %-encoding with a 400 and a
  // lock that timed out with a 400 (sold out) or 409 (try again) instead of a 500.
  errorHandler: apiErrorHandler(),
  routes: [
    // Without a method these run before every route's own middlewares (Medusa sorts global
    // middlewares first), so no validator or handler ever sees a NUL byte or broken %-encoding.
    ...API_PREFIXES.map((matcher) => ({ matcher, middlewares: [rejectMalformedInput] })),
    // A crowd at the checkout queues for a few slots instead of starving the process.
    { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [gateCheckout] },
    // A Stripe event is queued only with a valid signature; anything else is a 400 at once.
    // The body parser keeps the raw bytes the signature covers (as Medusa's own /hooks entry).
    {
      method: ["POST"],
      matcher: STRIPE_WEBHOOK_PATH,
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeSignature],
    },
  ],
})
