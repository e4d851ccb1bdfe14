import { useTranslation } from "react-i18next"

/**
 * The plugin's admin texts of one section (`genussnetz.<section>.<key>`, see ../i18n) as plain
 * strings: every page and component asks through this, so no key is spelled out twice.
 */
export function useText(section: string) {
  const { t } = useTranslation()
  return (key: string, options?: Record<string, unknown>) => t(`genussnetz.${section}.${key}`, options) as string
}

/** Numbers as the admin's language writes them (1.234,5 in German). */
export function useNumberFormat(options?: Intl.NumberFormatOptions) {
  const { i18n } = useTranslation()
  return (value: number) => new Intl.NumberFormat(i18n.language, options).format(value)
}

/** A moment (an ISO time from a route) as a day in the admin's language, in Berlin. */
export function useDayFormat() {
  const { i18n } = useTranslation()
  return (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date(iso))
}
