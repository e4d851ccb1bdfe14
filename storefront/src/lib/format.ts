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

/**
 * The unit price German price rules (PAngV) ask for: per kilogram or per litre, from a
 * variant's net quantity in grams or millilitres (its metadata). Pieces have none.
 */
export function unitPrice(locale: Locale, amount: number, metadata: Record<string, unknown> | null | undefined, currency = "EUR"): string | null {
  const quantity = Number(metadata?.net_quantity)
  const unit = metadata?.net_unit
  if (!quantity || (unit !== "g" && unit !== "ml")) return null
  return `${formatPrice(locale, (amount / quantity) * 1000, currency)}/${unit === "g" ? "kg" : "l"}`
}

/** A variant's net quantity as labels print it: "500 g", "1,5 kg", "0,5 l", "6 Stück". */
export function netQuantity(locale: Locale, metadata: Record<string, unknown> | null | undefined): string | null {
  const quantity = Number(metadata?.net_quantity)
  const unit = metadata?.net_unit
  if (!quantity) return null
  const number = (value: number) => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 3 }).format(value)
  if (unit === "g") return quantity >= 1000 ? `${number(quantity / 1000)} kg` : `${number(quantity)} g`
  if (unit === "ml") return quantity >= 100 ? `${number(quantity / 1000)} l` : `${number(quantity)} ml`
  if (unit === "piece") return `${number(quantity)} ${locale === "de" ? "Stück" : quantity === 1 ? "piece" : "pieces"}`
  return null
}
