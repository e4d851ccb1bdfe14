/**
 * Runtime configuration of the storefront, read from the environment when the server
 * starts (scripts/up.mjs writes MEDUSA_PUBLISHABLE_KEY to the root .env).
 */
export const config = {
  backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY || "",
  /** The public origin of the shop, for canonical and hreflang links. */
  siteUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
  /**
   * Raster tiles under the interactive producers map, as a Leaflet URL template; "none" draws
   * the markers on a plain background (they never depend on tiles). The default is
   * OpenStreetMap's own tile server — fine for modest traffic under its usage policy; a busy
   * shop sets its own tile service here.
   */
  mapTiles: process.env.MAP_TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  mapAttribution: process.env.MAP_TILE_ATTRIBUTION || "© OpenStreetMap contributors",
  /**
   * Stripe's publishable key (pk_test_… / pk_live_…) of the account the backend's
   * STRIPE_API_KEY belongs to. With it, and Stripe offered in the cart's region, the checkout's
   * last step shows Stripe's Payment Element; without it the checkout is as before.
   */
  stripePublishableKey: process.env.PUBLIC_STRIPE_PUBLISHABLE_KEY || "",
  /**
   * What the backend must send to drop changed pages from the page cache (lib/page-cache/);
   * without it pages only age out (at most a minute). `npm run up` generates one for both.
   */
  pageCacheSecret: process.env.PAGE_CACHE_SECRET || "",
}

if (!config.publishableKey) {
  console.warn("MEDUSA_PUBLISHABLE_KEY is not set: the Store API will refuse every request. Run `npm run up`.")
}
