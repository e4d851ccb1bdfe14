import { bearer, tokenLifetime, tokenSession, type SessionContext } from "../../lib/token-session"
export { isHttps, sessionCookieOptions, tokenClaims, type TokenClaims } from "../../lib/token-session"

/**
 * The customer's login in the storefront.
 *
 * Kept as Medusa's customer JWT (from `POST /auth/customer/emailpass`) in an httpOnly cookie of
 * the storefront, SameSite=Lax, Secure whenever the shop is served over https (directly or
 * behind a proxy that says so with X-Forwarded-Proto), and living exactly as long as the token.
 * Why not Medusa's cookie session (`POST /auth/session`): every page is rendered here, on the
 * server, which calls the backend itself; a Medusa session is a cookie of the backend's host
 * (and, in the production profile, a record in Redis) that the storefront would have to carry
 * between browser and backend on every request and keep in step with its own cookies. The
 * token needs nothing of that: the storefront sends it as `Authorization: Bearer` on the few
 * calls that act for the customer, and the backend checks it each time. The price: logging out
 * deletes the cookie, but a copy of the token taken before stays valid until it expires
 * (Medusa's default: one day). Script never sees it (httpOnly); other sites cannot post a form
 * with it (SameSite=Lax, and Astro refuses cross-site form posts: `security.checkOrigin`).
 */
export const CUSTOMER_COOKIE = "gn_customer"

/**
 * How long a customer's token may be kept (seconds), or null when it is not one worth keeping:
 * no JWT, not a customer's, no customer behind it yet (a registration token), or expired.
 */
export const sessionLifetime = (token: string | null | undefined, nowMs = Date.now()) => tokenLifetime(token, "customer", nowMs)

const customerSession = tokenSession(CUSTOMER_COOKIE, "customer")

/** The logged-in customer's token, or null (none, unreadable or expired). */
export const readSession = (context: SessionContext): string | null => customerSession.read(context)

/** Keeps the customer's token after a login; false (nothing kept) when it is no customer's. */
export const startSession = (context: SessionContext, token: string): boolean => customerSession.start(context, token)

export const endSession = (context: SessionContext): void => customerSession.end(context)

/** The request headers that act for the customer. */
export const customerHeaders = bearer
