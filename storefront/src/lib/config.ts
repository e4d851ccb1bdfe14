/**
 * Runtime configuration of the storefront, read from the environment when the server
 * starts (scripts/up.mjs writes MEDUSA_PUBLISHABLE_KEY to the root .env).
 */
export const config = {
  backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY || "",
  /** The public origin of the shop, for canonical and hreflang links. */
  siteUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
}

if (!config.publishableKey) {
  console.warn("MEDUSA_PUBLISHABLE_KEY is not set: the Store API will refuse every request. Run `npm run up`.")
}
