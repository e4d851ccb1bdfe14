import { INTL_LOCALE, type Locale } from "./i18n"

const priceFormats = new Map<string, Intl.NumberFormat>()

export function formatPrice(locale: Locale, amount: number, currency = "EUR"): string {
  const key = `${locale}:${currency}`
  let format = priceFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency })
    priceFormats.set(key, format)
  }
  return format.format(amount)
}
