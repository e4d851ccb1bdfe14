import { storefrontUrl, type MailLocale } from "@genussnetz/producers/mail"

/**
 * The storefront's order page in the order's language, with the order's access token: the link
 * opens the order for whoever has the mail (order-access.ts).
 */
export function orderPageUrl(locale: MailLocale, orderId: string, accessToken: string): string {
  return storefrontUrl(`${locale === "en" ? "/en/order/" : "/bestellung/"}${encodeURIComponent(orderId)}?token=${encodeURIComponent(accessToken)}`)
}
