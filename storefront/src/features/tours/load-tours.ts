import { TOUR_MODE_KEYS, type Locale } from "../../lib/i18n"
import { listTours } from "./data"

/**
 * The tours page from its URL — `?art=<mode>` (on foot, by bike, by car): a stable, shareable
 * link; an unknown value is ignored, not an error (as on the calendar).
 */
export async function loadTours(locale: Locale, url: URL) {
  const mode = TOUR_MODE_KEYS.find((key) => key === url.searchParams.get("art"))
  const { tours } = await listTours(locale, { mode })
  return { tours, mode }
}
