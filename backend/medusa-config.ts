import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `npm run up` sets DATABASE_URL (starting an embedded PostgreSQL when the person configured
// none); the tests set their own (vitest.config.mts, tests/system).
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  throw new Error(
    "DATABASE_URL is not set: start the backend through `npm run up` (embedded PostgreSQL) or set DATABASE_URL"
  )
}

// Secrets that sign admin tokens and session cookies. A production start with a missing, short
// or well-known one would let anyone forge an admin token, so it refuses with one line saying
// what to set (`npm run up` generates both once and keeps them in the root .env).
// Development and test starts may go without: they fall back to a fixed value.
const MIN_SECRET_LENGTH = 32
const KNOWN_DEFAULT_SECRETS = new Set(["supersecret", "secret", "changeme", "medusa", "jwt_secret", "cookie_secret", "test"])
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]
  if (process.env.NODE_ENV !== "production") return value || "supersecret"
  const problem = !value
    ? "is not set"
    : KNOWN_DEFAULT_SECRETS.has(value.toLowerCase())
      ? "is a well-known default"
      : value.length < MIN_SECRET_LENGTH
        ? `is shorter than ${MIN_SECRET_LENGTH} characters`
        : undefined
  if (problem) {
    // One line and a non-zero exit, not a stack trace: the fix is a setting, not a bug.
    console.error(
      `Refusing to start in production: ${name} ${problem}. Set ${name} to a random string of at least ${MIN_SECRET_LENGTH} characters (npm run up writes one to .env).`
    )
    process.exit(1)
  }
  return value!
}
const jwtSecret = secret("JWT_SECRET")
const cookieSecret = secret("COOKIE_SECRET")

// Payments. Without STRIPE_API_KEY the shop keeps Medusa's system provider (pp_system_default),
// which marks a payment authorized without taking any money: development, tests, demos.
// With it, Medusa's Payment Module gets its Stripe provider (id "stripe" → pp_stripe_stripe;
// Stripe posts webhooks to /hooks/payment/stripe_stripe) and the seed makes the region offer
// Stripe instead of the system provider (seed/store.ts).
const stripeApiKey = process.env.STRIPE_API_KEY
function stripeWebhookSecret(): string | undefined {
  const value = process.env.STRIPE_WEBHOOK_SECRET
  if (stripeApiKey && !value && process.env.NODE_ENV === "production") {
    // Without it no webhook can be verified: asynchronous payments (SEPA, 3-D Secure,
    // redirects) would be charged and never become orders.
    console.error(
      "Refusing to start in production: STRIPE_WEBHOOK_SECRET is not set while STRIPE_API_KEY is. Set STRIPE_WEBHOOK_SECRET to the signing secret (whsec_…) of the Stripe webhook endpoint <backend>/hooks/payment/stripe_stripe, or unset STRIPE_API_KEY."
    )
    process.exit(1)
  }
  return value
}
const paymentModules = stripeApiKey
  ? [
      {
        key: Modules.PAYMENT,
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: {
                apiKey: stripeApiKey,
                webhookSecret: stripeWebhookSecret(),
                // Automatic capture: Stripe takes the money when the shopper confirms, not on
                // fulfilment. The association is merchant of record and pays producers out per
                // statement from what it has collected; a producer who cannot deliver is a
                // refund. Capture on fulfilment would (1) hide SEPA Direct Debit and most other
                // EUR methods, which Stripe offers only with automatic capture, (2) lose card
                // authorizations after 7 days, shorter than a producer's pickup or delivery date
                // may be, and (3) need one capture per order although up to six producers
                // fulfil it at different times.
                capture: true,
                // Card, SEPA Direct Debit and whatever else the Stripe account enables for EUR
                // (Dashboard → Payment methods), shown by the Payment Element.
                automaticPaymentMethods: true,
                // SEPA Direct Debit settles days later: the order is placed while Stripe still
                // says "processing", and payment_intent.succeeded captures it then.
                asyncPaymentMethodTypes: ["sepa_debit"],
                paymentDescription: "genussnetz Oberfranken",
              },
            },
          ],
        },
      },
    ]
  : []

// Payouts to producers. By default the association pays each producer's balance from its own
// bank account (a payout run in the admin records what is due and paid). With
// STRIPE_CONNECT_PAYOUTS=true (and STRIPE_API_KEY), a payout run sends Stripe transfers from the
// association's Stripe balance to each producer's connected account ("separate charges and
// transfers": the association stays merchant of record; a producer's acct_… is set in the
// admin's Auszahlungen page).
function payoutOptions() {
  if (process.env.STRIPE_CONNECT_PAYOUTS !== "true") return undefined
  if (!stripeApiKey) {
    const where = process.env.NODE_ENV === "production" ? " in production" : ""
    console.error(
      `Refusing to start${where}: STRIPE_API_KEY is not set while STRIPE_CONNECT_PAYOUTS=true (the association's Stripe account pays the producers). Set STRIPE_API_KEY to the association's secret key, or unset STRIPE_CONNECT_PAYOUTS.`
    )
    process.exit(1)
  }
  return { stripe_connect: { api_key: stripeApiKey } }
}

// The "production" profile: with REDIS_URL set, event bus, workflow engine, caching and
// locking move to Redis, so several server instances and a worker can share one state.
// Without it, everything runs in one process with Medusa's in-memory defaults.
const redisUrl = process.env.REDIS_URL

// Medusa's Caching Module behind its core Store routes and cart workflows (feature flag
// `caching`, on below; MEDUSA_FF_CACHING=false switches it off): answers are kept CACHING_TTL_S
// at most, in memory in one process (bounded), in Redis shared by every instance with REDIS_URL,
// and dropped earlier when an event names a record in them. Our own service on top
// (src/modules/caching) keeps no answer without records: nothing could drop it, so a product
// looked up by handle just before its publication would stay "not found" for the TTL. The
// storefront counts these seconds into its freshness budget (storefront/src/lib/cache-policy.ts).
const CACHING_TTL_S = 10
const cachingModule = {
  key: Modules.CACHING,
  resolve: "./src/modules/caching",
  options: {
    ttl: CACHING_TTL_S,
    ...(redisUrl
      ? { providers: [{ resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] }
      : { in_memory: { enable: true, ttl: CACHING_TTL_S, maxSize: 64 * 1024 * 1024 } }),
  },
}

const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : // One process: Medusa's in-memory locking (its default), which holds nothing while a
    // checkout waits for an item's lock. Not @medusajs/locking-postgres (2.21): a waiter there
    // keeps a database connection blocked in pg_advisory_xact_lock while the holder's job needs
    // a second one from the same pool, so about ten checkouts of one item exhaust the pool and
    // the backend hangs; its table locks without an owner (how completeCartWorkflow locks a
    // cart) are neither exclusive nor ever expired, which let one cart become two orders and
    // left carts locked for good (issue 10's note; tests in checkout-concurrency.spec.ts).
    []

// Where uploaded files (the seed's product pictures, producers' photos) live and under which
// public URL Medusa serves them. scripts/up.mjs points both at backend/static. Private files
// (claims' evidence documents) go to a folder beside it that no URL serves.
const publicFileDir = process.env.MEDUSA_FILE_DIR || "static"
const fileModule = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: publicFileDir,
          private_upload_dir: process.env.MEDUSA_PRIVATE_FILE_DIR || `${publicFileDir}-private`,
          backend_url: `${process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"}/static`,
        },
      },
    ],
  },
}

// Mails (order confirmations, producers' new orders, status changes: the marketplace plugin's
// subscribers) go through Medusa's Notification Module. The channel "email" is served by the
// marketplace's mail folder: each mail an .eml file in MAIL_DIR (default `.data/mails` under
// the backend's working directory), nothing sent. For real mail, put a mail service's provider
// here instead, e.g. Medusa's SendGrid provider:
//   { resolve: "@medusajs/medusa/notification-sendgrid", id: "sendgrid",
//     options: { channels: ["email"], api_key: process.env.SENDGRID_API_KEY, from: process.env.MAIL_FROM } }
// The mails reach it rendered (subject, text, HTML), so nothing else changes.
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@genussnetz/marketplace/providers/mail-folder",
        id: "mail-folder",
        options: { channels: ["email"], directory: process.env.MAIL_DIR, from: process.env.MAIL_FROM },
      },
    ],
  },
}

// The catalog's search (POST /store/search, indexes declared by the plugins under search/).
// By default PostgreSQL answers, through genussnetz's German provider (plugins/search): Medusa's
// PostgreSQL provider taught umlaut folding, compound words, typos and the association's
// synonyms. Medusa's own provider stays registered: its migration brings the extensions and
// the catalog table both use. With MEILISEARCH_HOST set, Meilisearch serves the indexes
// instead; switching back and forth is a `medusa db:migrate` (which rebuilds the indexes on
// the chosen engine).
const meilisearchHost = process.env.MEILISEARCH_HOST
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { language: "german" } },
      { resolve: "@genussnetz/search/providers/postgres", id: "german", options: { language: "german" } },
      ...(meilisearchHost
        ? [
            {
              resolve: "@genussnetz/search-meilisearch/providers/meilisearch",
              id: "meilisearch",
              options: {
                host: meilisearchHost,
                api_key: process.env.MEILISEARCH_API_KEY,
                index_prefix: process.env.MEILISEARCH_INDEX_PREFIX || "genussnetz_",
              },
            },
          ]
        : []),
    ],
    // Providers are known by their identifier. SEARCH_PROVIDER picks one of the registered
    // ones explicitly (the search behaviour suites run once per provider).
    default_provider: process.env.SEARCH_PROVIDER || (meilisearchHost ? "meilisearch" : "search-postgres-german"),
  },
}

export default defineConfig({
  projectConfig: {
    databaseUrl,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret,
      cookieSecret,
    },
    // Medusa marks the session cookie `Secure` in production, which a browser then
    // refuses to send back over plain http: the admin could not log in on a local start.
    // "auto" lets express-session decide per request (req.secure honours
    // X-Forwarded-Proto, as Medusa trusts one proxy), so https deployments keep Secure.
    cookieOptions: { secure: "auto" as unknown as boolean },
  },
  admin: {
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true",
    // The admin talks to the server that serves it, whatever host name a person uses.
    backendUrl: "/",
  },
  featureFlags: {
    translation: true,
    // Medusa's Caching Module for its core routes (cachingModule above).
    caching: true,
  },
  plugins: [
    // The shop's search: German food words, the association's synonym list (admin page).
    { resolve: "@genussnetz/search", options: {} },
    // The marketplace's sellers (profile, status, logins, producer ↔ product); provenance builds on it.
    { resolve: "@genussnetz/producers", options: {} },
    {
      resolve: "@genussnetz/provenance",
      options: {
        // What counts as regional in the chain figures: `region: { name, latitude, longitude,
        // radius_km }`; unset, Upper Franconia (75 km around its centre, DEFAULT_REGION).
        // Base of the URIs naming products, materials and locations in EPCIS exports.
        id_base: process.env.PROVENANCE_ID_BASE || undefined,
      },
    },
    // Checkout across producers: a stock location, shipping profile and ways of delivery per producer.
    { resolve: "@genussnetz/marketplace", options: { payouts: payoutOptions() } },
    // The association's content: events (recurring markets, iCal), later Genussorte, tours and stories.
    { resolve: "@genussnetz/content", options: {} },
    // Resilience and cooperation: single points of failure, what if producers close, the board.
    { resolve: "@genussnetz/cooperation", options: {} },
  ],
  modules: [{ resolve: "@medusajs/medusa/translation" }, fileModule, searchModule, notificationModule, cachingModule, ...paymentModules, ...redisModules],
})
