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

/**
 * A refusal from the Store API with what the js-sdk's FetchError leaves out: Medusa's error
 * body carries `type` (e.g. "not_allowed") and, for some refusals, a `code` (e.g.
 * "insufficient_inventory"); FetchError keeps only the status and the message.
 */
export class StoreApiError extends FetchError {
  constructor(
    message: string,
    statusText: string,
    status: number,
    readonly type: string | undefined,
    readonly code: string | undefined
  ) {
    super(message, statusText, status)
    this.name = "StoreApiError"
  }
}

/** The error for a Store API answer with status >= 300 and its (possibly empty or non-JSON) body. */
export function storeApiError(status: number, statusText: string, body: unknown): StoreApiError {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {}
  const text = (key: string) => (typeof fields[key] === "string" ? (fields[key] as string) : undefined)
  return new StoreApiError(text("message") ?? statusText, statusText, status, text("type"), text("code"))
}

/**
 * A POST to the Store API that keeps Medusa's error type and code (see StoreApiError), for
 * writes whose refusals the storefront tells apart. Same headers as the sdk's requests, plus
 * `headers` (a customer's `authorization`); also for Medusa's `/auth` routes.
 */
export async function storePost<T>(path: string, body: unknown, query: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<T> {
  const url = new URL(path, config.backendUrl)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", "x-publishable-api-key": config.publishableKey, ...headers },
    body: JSON.stringify(body),
  })
  if (response.status >= 300) {
    throw storeApiError(response.status, response.statusText, await response.json().catch(() => ({})))
  }
  return (await response.json()) as T
}

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
