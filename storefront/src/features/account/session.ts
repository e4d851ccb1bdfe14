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

/** A JWT as Medusa signs them: header, payload, signature, each base64url. */
const JWT = /^[A-Za-z0-9_-]{2,2000}\.[A-Za-z0-9_-]{2,4000}\.[A-Za-z0-9_-]{2,1000}$/

/** The claims of a token the storefront reads (unverified: the backend verifies every use). */
export type TokenClaims = { actor_id: string; actor_type: string; exp: number | null }

/** Reads a token's claims without verifying it; null when it is no JWT. */
export function tokenClaims(token: string | null | undefined): TokenClaims | null {
  if (typeof token !== "string" || !JWT.test(token)) return null
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")) as Record<string, unknown>
    return {
      actor_id: typeof payload.actor_id === "string" ? payload.actor_id : "",
      actor_type: typeof payload.actor_type === "string" ? payload.actor_type : "",
      exp: typeof payload.exp === "number" ? payload.exp : null,
    }
  } catch {
    return null
  }
}

/** Without an expiry in the token: Medusa's default lifetime. */
const DEFAULT_LIFETIME_S = 24 * 60 * 60

/**
 * How long a customer's token may be kept (seconds), or null when it is not one worth keeping:
 * no JWT, not a customer's, no customer behind it yet (a registration token), or expired.
 */
export function sessionLifetime(token: string | null | undefined, nowMs = Date.now()): number | null {
  const claims = tokenClaims(token)
  if (!claims || claims.actor_type !== "customer" || !claims.actor_id) return null
  const left = claims.exp === null ? DEFAULT_LIFETIME_S : Math.floor(claims.exp - nowMs / 1000)
  return left > 0 ? left : null
}

/** Whether the request reached the shop over https (the cookie is Secure then). */
export function isHttps(url: URL, headers: Headers): boolean {
  return url.protocol === "https:" || headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
}

type CookieJar = {
  get(name: string): { value: string } | undefined
  set(name: string, value: string, options: Record<string, unknown>): void
  delete(name: string, options: Record<string, unknown>): void
}
type SessionContext = { cookies: CookieJar; url: URL; request: Request }

/** The options of the login cookie for a token that lives `maxAge` seconds more. */
export const sessionCookieOptions = (secure: boolean, maxAge: number) => ({ path: "/", httpOnly: true, sameSite: "lax" as const, secure, maxAge })

/** The logged-in customer's token, or null (none, unreadable or expired). */
export function readSession(context: SessionContext): string | null {
  const token = context.cookies.get(CUSTOMER_COOKIE)?.value
  return sessionLifetime(token) ? token! : null
}

/** Keeps the customer's token after a login; false (nothing kept) when it is no customer's. */
export function startSession(context: SessionContext, token: string): boolean {
  const lifetime = sessionLifetime(token)
  if (!lifetime) return false
  context.cookies.set(CUSTOMER_COOKIE, token, sessionCookieOptions(isHttps(context.url, context.request.headers), lifetime))
  return true
}

export function endSession(context: SessionContext): void {
  context.cookies.delete(CUSTOMER_COOKIE, { path: "/" })
}

/** The request headers that act for the customer. */
export const customerHeaders = (token: string) => ({ authorization: `Bearer ${token}` })
