import { t, type Locale } from "../../lib/i18n"

/** Medusa's system provider: marks a payment as authorized without any real charge (local default). */
export const SYSTEM_PROVIDER = "pp_system_default"

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
  payment_sessions?: ({ provider_id?: string | null; status?: string | null } | null)[] | null
} | null

/** The cart's payment session still usable for completing (pending or authorized), if any. */
export function activeSession(collection: PaymentCollectionLike | undefined) {
  return collection?.payment_sessions?.find((s) => s && (s.status === "pending" || s.status === "authorized" || s.status === "requires_more")) ?? null
}
