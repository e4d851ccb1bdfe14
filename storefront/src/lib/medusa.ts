/**
 * The storefront's one way to the backend: Medusa's JS SDK with the publishable key.
 * Features build their queries on top of `sdk` and `storeRegion()`; nothing else fetches.
 */
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { config } from "./config"
import { MEDUSA_LOCALE, type Locale } from "./i18n"

export const sdk = new Medusa({
  baseUrl: config.backendUrl,
  publishableKey: config.publishableKey,
})

/** Query parameters that make Medusa answer in the page's language. */
export const localeQuery = (locale: Locale) => ({ locale: MEDUSA_LOCALE[locale] })

export const isNotFound = (error: unknown) => error instanceof FetchError && error.status === 404

type Region = { id: string; currency_code: string }
let cachedRegion: { region: Region; expires: number } | undefined
const REGION_TTL_MS = 5 * 60 * 1000

/** The shop's region (Germany, EUR): prices are calculated for it. Cached for five minutes. */
export async function storeRegion(): Promise<Region> {
  if (cachedRegion && cachedRegion.expires > Date.now()) {
    return cachedRegion.region
  }
  const { regions } = await sdk.store.region.list({ fields: "id,currency_code", limit: 10 })
  const region = regions.find((r) => r.currency_code === "eur") ?? regions[0]
  if (!region) {
    throw new Error("The backend has no region: seed it with `npm run up`.")
  }
  cachedRegion = { region, expires: Date.now() + REGION_TTL_MS }
  return region
}
