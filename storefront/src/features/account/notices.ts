import { t, type Locale, type UiString } from "../../lib/i18n"

/** What the account pages say after a redirect, as carried in `?hinweis=`. */
export const ACCOUNT_NOTICES = ["angemeldet", "willkommen", "abgemeldet", "abgelaufen", "fehler"] as const
export type AccountNotice = (typeof ACCOUNT_NOTICES)[number]

export const readAccountNotice = (url: URL): AccountNotice | null =>
  ACCOUNT_NOTICES.find((notice) => notice === url.searchParams.get("hinweis")) ?? null

const TEXTS: Record<AccountNotice, UiString> = {
  angemeldet: "accountNoticeLoggedIn",
  willkommen: "accountNoticeWelcome",
  abgemeldet: "accountNoticeLoggedOut",
  abgelaufen: "accountNoticeExpired",
  fehler: "cartNoticeError",
}

export const accountNoticeText = (locale: Locale, notice: AccountNotice) => t(locale, TEXTS[notice])
