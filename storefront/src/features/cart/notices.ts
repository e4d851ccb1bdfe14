import { t, type Locale } from "../../lib/i18n"

/** Why the cart refused a change, as carried in the `?hinweis=` of the page it sends back to. */
export const CART_NOTICES = ["lager", "fehler", "ungueltig"] as const
export type CartNotice = (typeof CART_NOTICES)[number]

export const readCartNotice = (url: URL): CartNotice | null =>
  CART_NOTICES.find((notice) => notice === url.searchParams.get("hinweis")) ?? null

export function cartNoticeText(locale: Locale, notice: CartNotice): string {
  return t(locale, ({ lager: "cartNoticeStock", fehler: "cartNoticeError", ungueltig: "cartNoticeInvalid" } as const)[notice])
}
