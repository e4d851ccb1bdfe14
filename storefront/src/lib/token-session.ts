/**
 * A login kept by the storefront: Medusa's JWT for one kind of actor (a customer, a producer's
 * team member) in an httpOnly cookie of the storefront, SameSite=Lax, Secure whenever the shop
 * is served over https (directly or behind a proxy that says so with X-Forwarded-Proto), and
 * living exactly as long as the token. Why a token and not Medusa's cookie session: see
 * features/account/session.ts. Each kind of login has its own cookie, so a shopper's login and
 * a producer's never stand in for each other.
 */

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
 * How long a token of `actorType` may be kept (seconds), or null when it is not one worth
 * keeping: no JWT, another actor's, nobody behind it yet (a registration token), or expired.
 */
export function tokenLifetime(token: string | null | undefined, actorType: string, nowMs = Date.now()): number | null {
  const claims = tokenClaims(token)
  if (!claims || claims.actor_type !== actorType || !claims.actor_id) return null
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
export type SessionContext = { cookies: CookieJar; url: URL; request: Request }

/** The options of the login cookie for a token that lives `maxAge` seconds more. */
export const sessionCookieOptions = (secure: boolean, maxAge: number) => ({ path: "/", httpOnly: true, sameSite: "lax" as const, secure, maxAge })

/** The login of one kind of actor, kept in `cookie`. */
export function tokenSession(cookie: string, actorType: string) {
  return {
    /** The logged-in token, or null (none, unreadable, another actor's or expired). */
    read(context: SessionContext): string | null {
      const token = context.cookies.get(cookie)?.value
      return tokenLifetime(token, actorType) ? token! : null
    },
    /** Keeps the token after a login; false (nothing kept) when it is not this actor's. */
    start(context: SessionContext, token: string): boolean {
      const lifetime = tokenLifetime(token, actorType)
      if (!lifetime) return false
      context.cookies.set(cookie, token, sessionCookieOptions(isHttps(context.url, context.request.headers), lifetime))
      return true
    },
    end(context: SessionContext): void {
      context.cookies.delete(cookie, { path: "/" })
    },
  }
}

/** The request headers that act for the token's holder. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
