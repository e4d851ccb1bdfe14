import { INTL_LOCALE, type Locale } from "../../lib/i18n"

const kmFormats = new Map<Locale, Intl.NumberFormat>()
const metreFormats = new Map<Locale, Intl.NumberFormat>()

/** A tour's length as its figures read: "12,3 km" / "12.3 km" — one decimal, also for a round number ("8,0 km"). */
export function formatKm(locale: Locale, metres: number): string {
  let format = kmFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    kmFormats.set(locale, format)
  }
  return `${format.format(metres / 1000)} km`
}

/** A climb in whole metres: "1.240 m" / "1,240 m"; null when the track has no elevations to tell. */
export function formatMetres(locale: Locale, metres: number | null): string | null {
  if (metres === null || !Number.isFinite(metres)) return null
  let format = metreFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 })
    metreFormats.set(locale, format)
  }
  return `${format.format(Math.round(metres))} m`
}

/** The length as schema.org and machines take it: "12.3 km", whatever the page's language. */
export const kmForMachines = (metres: number) => `${(Math.round(metres / 100) / 10).toFixed(1)} km`
