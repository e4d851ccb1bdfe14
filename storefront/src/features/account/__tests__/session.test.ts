import { describe, expect, it } from "vitest"
import { orderAccessHeaders } from "../../checkout/order"
import { CUSTOMER_COOKIE, endSession, isHttps, readSession, sessionCookieOptions, sessionLifetime, startSession, tokenClaims } from "../session"

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0)
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
/** A token shaped as Medusa signs them (the signature is not checked here: the backend does that). */
const jwt = (payload: Record<string, unknown>) => `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(payload)}.c2lnbmF0dXJl`
const customer = (exp: number | undefined, extra: Record<string, unknown> = {}) =>
  jwt({ actor_id: "cus_01", actor_type: "customer", auth_identity_id: "authid_01", ...(exp === undefined ? {} : { exp }), ...extra })

function jar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  const calls: { name: string; value?: string; options: Record<string, unknown> }[] = []
  return {
    calls,
    cookies: {
      get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined),
      set: (name: string, value: string, options: Record<string, unknown>) => {
        values.set(name, value)
        calls.push({ name, value, options })
      },
      delete: (name: string, options: Record<string, unknown>) => {
        values.delete(name)
        calls.push({ name, options })
      },
    },
  }
}
const context = (cookies: ReturnType<typeof jar>["cookies"], url = "http://localhost:8000/konto/anmelden", headers: Record<string, string> = {}) => ({
  cookies,
  url: new URL(url),
  request: new Request(url, { headers }),
})

describe("the login cookie", () => {
  it("keeps a customer's token exactly as long as the token lives", () => {
    const token = customer(NOW / 1000 + 3600)
    expect(sessionLifetime(token, NOW)).toBe(3600)
    expect(tokenClaims(token)).toEqual({ actor_id: "cus_01", actor_type: "customer", exp: NOW / 1000 + 3600 })
  })

  it("keeps no expired token, no registration token (no customer yet), no producer's or admin's token and no junk", () => {
    expect(sessionLifetime(customer(NOW / 1000 - 1), NOW)).toBeNull()
    expect(sessionLifetime(customer(NOW / 1000 + 3600, { actor_id: "" }), NOW)).toBeNull()
    expect(sessionLifetime(customer(NOW / 1000 + 3600, { actor_type: "producer" }), NOW)).toBeNull()
    expect(sessionLifetime(customer(NOW / 1000 + 3600, { actor_type: "user" }), NOW)).toBeNull()
    for (const junk of ["", "abc", "a.b.c", "x".repeat(20), `${base64url({})}.${"%%%"}.sig`, `${base64url({})}.bm90IGpzb24.sig`, undefined, null]) {
      expect(sessionLifetime(junk as string, NOW), String(junk)).toBeNull()
    }
  })

  it("is httpOnly and SameSite=Lax for the whole shop, Secure over https or behind a proxy that says so", () => {
    expect(sessionCookieOptions(true, 60)).toEqual({ path: "/", httpOnly: true, sameSite: "lax", secure: true, maxAge: 60 })
    expect(isHttps(new URL("https://shop.example/konto"), new Headers())).toBe(true)
    expect(isHttps(new URL("http://localhost:8000/konto"), new Headers({ "x-forwarded-proto": "https" }))).toBe(true)
    expect(isHttps(new URL("http://localhost:8000/konto"), new Headers({ "x-forwarded-proto": "http" }))).toBe(false)
    expect(isHttps(new URL("http://localhost:8000/konto"), new Headers())).toBe(false)
  })

  it("starts, reads and ends a session through the cookie jar", () => {
    const { cookies, calls } = jar()
    const token = customer(Math.floor(Date.now() / 1000) + 600)
    expect(startSession(context(cookies, "https://shop.example/konto/anmelden"), token)).toBe(true)
    expect(calls[0]).toMatchObject({ name: CUSTOMER_COOKIE, value: token, options: { httpOnly: true, sameSite: "lax", secure: true, path: "/" } })
    expect(Number(calls[0].options.maxAge)).toBeGreaterThan(590)
    expect(readSession(context(cookies))).toBe(token)
    endSession(context(cookies))
    expect(readSession(context(cookies))).toBeNull()
    // A token that is no customer's login is never kept.
    expect(startSession(context(cookies), customer(Math.floor(Date.now() / 1000) + 600, { actor_id: "" }))).toBe(false)
    expect(readSession(context(cookies))).toBeNull()
  })

  it("reads an expired or forged cookie as no login", () => {
    const { cookies } = jar({ [CUSTOMER_COOKIE]: customer(Math.floor(Date.now() / 1000) - 10) })
    expect(readSession(context(cookies))).toBeNull()
    const { cookies: junk } = jar({ [CUSTOMER_COOKIE]: "eyJhbGciOi.kaputt" })
    expect(readSession(context(junk))).toBeNull()
  })
})

describe("orderAccessHeaders", () => {
  const accessToken = "A".repeat(43)
  it("opens an order with its access token, its customer's login, or both; with neither not at all", () => {
    expect(orderAccessHeaders(accessToken, null)).toEqual({ "x-order-access-token": accessToken })
    expect(orderAccessHeaders(null, "tok")).toEqual({ authorization: "Bearer tok" })
    expect(orderAccessHeaders(accessToken, "tok")).toEqual({ "x-order-access-token": accessToken, authorization: "Bearer tok" })
    expect(orderAccessHeaders(null, null)).toBeNull()
    // Something that cannot be a token is not sent.
    expect(orderAccessHeaders("kurz", null)).toBeNull()
    expect(orderAccessHeaders(`${"A".repeat(42)}%`, "tok")).toEqual({ authorization: "Bearer tok" })
  })
})

describe("the producer portal's login cookie", () => {
  it("keeps a producer's token in its own cookie and never a customer's", async () => {
    const { producerSession, PRODUCER_COOKIE } = await import("../../portal/session")
    const cookies = jar()
    const producerToken = customer(Date.now() / 1000 + 3600, { actor_type: "producer", actor_id: "prod_01" })
    expect(producerSession.start(context(cookies.cookies), customer(Date.now() / 1000 + 3600))).toBe(false)
    expect(producerSession.start(context(cookies.cookies), producerToken)).toBe(true)
    expect(cookies.calls.map((call) => call.name)).toEqual([PRODUCER_COOKIE])
    expect(producerSession.read(context(cookies.cookies))).toBe(producerToken)
    // The customer's login reads nothing of it.
    expect(readSession(context(cookies.cookies))).toBeNull()
  })
})
