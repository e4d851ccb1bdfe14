import { INTL_LOCALE, type Locale } from "../../lib/i18n"

/** The day a story was published, in Berlin: "4. Dezember 2026" / "4 December 2026". */
export function storyDate(locale: Locale, instant: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Berlin" }).format(new Date(instant))
}

/** That day as `<time datetime>` takes it ("2026-12-04"), in Berlin. */
export function storyDay(instant: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(instant))
}
