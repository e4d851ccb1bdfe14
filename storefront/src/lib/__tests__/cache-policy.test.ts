import { describe, expect, it } from "vitest"
import { BACKEND_CACHE_S, cacheControl, MEMO_TTL_MS, PAGE_CACHE, publicPage } from "../cache-policy"

describe("cacheControl", () => {
  it("lets browsers ask every time and shared caches keep a public page's read for 20 s", () => {
    expect(cacheControl("GET", 200, "public")).toBe("public, max-age=0, s-maxage=20")
    expect(cacheControl("HEAD", 200, "public")).toBe("public, max-age=0, s-maxage=20")
  })

  it("keeps every page private that did not opt in", () => {
    expect(cacheControl("GET", 200, undefined)).toBe("private, no-store")
    expect(cacheControl("GET", 200, "private")).toBe("private, no-store")
  })

  it("keeps a form's answer private even on a public page", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(cacheControl(method, 200, "public")).toBe("private, no-store")
      expect(cacheControl(method, 303, "public")).toBe("private, no-store")
    }
  })

  it("caches a public page's 404 for 10 s only, and no error or redirect at all", () => {
    expect(cacheControl("GET", 404, "public")).toBe("public, max-age=0, s-maxage=10")
    expect(cacheControl("GET", 404, undefined)).toBe("private, no-store")
    for (const status of [301, 302, 400, 500, 503]) {
      expect(cacheControl("GET", status, "public")).toBe("private, no-store")
    }
  })
})

describe("freshness", () => {
  it("keeps what a shopper sees at most 60 s old across the backend's cache, the memo, the page cache and a shared cache", () => {
    const sharedCache = Number(/s-maxage=(\d+)/.exec(cacheControl("GET", 200, "public"))![1])
    expect(BACKEND_CACHE_S + MEMO_TTL_MS / 1000 + PAGE_CACHE.maxAge + PAGE_CACHE.swr + sharedCache).toBeLessThanOrEqual(60)
  })
})

describe("publicPage", () => {
  it("marks the request's locals, which the middleware reads", () => {
    const context: { locals: App.Locals } = { locals: {} }
    publicPage(context)
    expect(context.locals.cache).toBe("public")
  })
})
