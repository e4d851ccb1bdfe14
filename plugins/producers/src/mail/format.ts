import type { OpeningHours } from "../modules/producer/vocabulary"
import type { MailAddress, MailLocale } from "./types"

const INTL: Record<MailLocale, string> = { de: "de-DE", en: "en-GB" }

/** The mail language of an order's locale (Medusa's BCP 47 tag, e.g. "en-GB"): English for any English tag, else German. */
export function mailLocale(locale: string | null | undefined): MailLocale {
  return /^en\b/i.test(locale ?? "") ? "en" : "de"
}

/** An amount in major units (12.5 = 12,50 €), in the mail's language. */
export function money(locale: MailLocale, amount: number, currency: string): string {
  return new Intl.NumberFormat(INTL[locale], { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

const WEEKDAYS: Record<MailLocale, string[]> = {
  de: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

/** Opening hours, one line per weekday (Monday first): "Montag 08:00–12:00, 14:00–18:00". */
export function hoursLines(locale: MailLocale, hours: OpeningHours): string[] {
  const byDay = new Map<number, string[]>()
  for (const { day, opens, closes } of [...hours].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens))) {
    byDay.set(day, [...(byDay.get(day) ?? []), `${opens}–${closes}`])
  }
  return [...byDay].map(([day, spans]) => `${WEEKDAYS[locale][day - 1] ?? day} ${spans.join(", ")}`)
}

/** An address as lines: name, street, extra line, postal code and town; empty parts left out. */
export function addressLines(address: MailAddress | null | undefined): string[] {
  if (!address) return []
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const town = [address.postal_code, address.city].filter(Boolean).join(" ")
  return [name, address.address_1, address.address_2, town].filter((line): line is string => Boolean(line))
}

/**
 * A page of the storefront (base URL from env STOREFRONT_URL), for links in mails: `path` is
 * the page's path with its query, already encoded.
 */
export function storefrontUrl(path: string): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  return `${base}${path}`
}
