import { t, type Locale } from "../../lib/i18n"

/** Why the checkout sent the shopper back, as carried in the `?hinweis=` of the step it sends to. */
export const CHECKOUT_NOTICES = ["lager", "nochmal", "zahlung", "lieferung", "fehler", "ungueltig"] as const
export type CheckoutNotice = (typeof CHECKOUT_NOTICES)[number]

export const readCheckoutNotice = (url: URL): CheckoutNotice | null =>
  CHECKOUT_NOTICES.find((notice) => notice === url.searchParams.get("hinweis")) ?? null

export function checkoutNoticeText(locale: Locale, notice: CheckoutNotice): string {
  return t(
    locale,
    (
      {
        lager: "checkoutNoticeStock",
        nochmal: "checkoutNoticeRetry",
        zahlung: "checkoutNoticePayment",
        lieferung: "checkoutNoticeDelivery",
        fehler: "cartNoticeError",
        ungueltig: "cartNoticeInvalid",
      } as const
    )[notice]
  )
}
