import { t, type Locale } from "../../lib/i18n"

/** Medusa's system provider: marks a payment as authorized without any real charge (local default). */
export const SYSTEM_PROVIDER = "pp_system_default"
/** Medusa's Stripe provider as the backend registers it when STRIPE_API_KEY is set (id "stripe"). */
export const STRIPE_PROVIDER = "pp_stripe_stripe"

/** A payment provider's name for shoppers; an unknown provider keeps its id. */
export function providerName(locale: Locale, providerId: string): string {
  if (providerId === SYSTEM_PROVIDER) return t(locale, "paymentSystem")
  if (providerId.startsWith("pp_stripe")) return t(locale, "paymentStripe")
  return providerId
}

/** The provider the payment form chose, if it is one of those offered; else null. */
export function readPaymentForm(form: FormData, offered: readonly string[]): string | null {
  const value = form.get("provider_id")
  return typeof value === "string" && offered.includes(value) ? value : null
}

type PaymentCollectionLike = {
  amount?: number | string | null
  payment_sessions?: ({ provider_id?: string | null; status?: string | null; data?: Record<string, unknown> | null } | null)[] | null
} | null

/** The cart's payment session still usable for completing (pending or authorized), if any. */
export function activeSession(collection: PaymentCollectionLike | undefined) {
  return collection?.payment_sessions?.find((s) => s && (s.status === "pending" || s.status === "authorized" || s.status === "requires_more")) ?? null
}

/** What Stripe's Payment Element needs in the browser. */
export type StripeElementSetup = { publishableKey: string; clientSecret: string; intentId: string }

/** A Stripe publishable key (live or test); a secret key must never reach a page. */
export const isPublishableKey = (key: string) => /^pk_(live|test)_[A-Za-z0-9]+$/.test(key)

/**
 * The Payment Element's setup for the cart's session: only when the session is Stripe's, it
 * carries its payment intent's client secret and the storefront has a publishable key.
 * Otherwise null, and the checkout stays as it is without Stripe.
 */
export function stripeElementSetup(collection: PaymentCollectionLike | undefined, publishableKey: string): StripeElementSetup | null {
  const session = activeSession(collection)
  if (session?.provider_id !== STRIPE_PROVIDER || !isPublishableKey(publishableKey)) return null
  const { id, client_secret } = session.data ?? {}
  if (typeof id !== "string" || typeof client_secret !== "string" || !client_secret.startsWith(`${id}_secret_`)) return null
  return { publishableKey, clientSecret: client_secret, intentId: id }
}

/** Whether the request is Stripe's redirect back to the checkout (it adds these parameters to the return_url). */
export const isStripeReturn = (url: URL) => url.searchParams.has("payment_intent") || url.searchParams.has("redirect_status")

/**
 * What Stripe's redirect back to the checkout (the Payment Element's return_url) asks for:
 * "complete" when it reports the cart's payment intent succeeded or processing (SEPA settles
 * later), "retry" when it reports it failed or names another intent, null when the request is
 * no return from Stripe. See https://docs.stripe.com/payments/accept-a-payment?platform=web#web-submit-payment.
 */
export function readStripeReturn(url: URL, setup: Pick<StripeElementSetup, "intentId"> | null): "complete" | "retry" | null {
  if (!isStripeReturn(url)) return null
  const intent = url.searchParams.get("payment_intent")
  const status = url.searchParams.get("redirect_status")
  if (!setup || intent !== setup.intentId) return "retry"
  return status === "succeeded" || status === "processing" ? "complete" : "retry"
}
