import { describe, expect, it } from "vitest"
import { cacheControl, publicPage } from "../cache-policy"

describe("cacheControl", () => {
  it("lets shared caches keep a public page's read for a minute, stale while refreshed", () => {
    expect(cacheControl("GET", 200, "public")).toBe("public, max-age=60, stale-while-revalidate=600")
    expect(cacheControl("HEAD", 200, "public")).toBe("public, max-age=60, stale-while-revalidate=600")
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

  it("caches a public page's 404 for half a minute only, and no error or redirect at all", () => {
    expect(cacheControl("GET", 404, "public")).toBe("public, max-age=30")
    expect(cacheControl("GET", 404, undefined)).toBe("private, no-store")
    for (const status of [301, 302, 400, 500, 503]) {
      expect(cacheControl("GET", status, "public")).toBe("private, no-store")
    }
  })
})

describe("publicPage", () => {
  it("marks the request's locals, which the middleware reads", () => {
    const context: { locals: App.Locals } = { locals: {} }
    publicPage(context)
    expect(context.locals.cache).toBe("public")
  })
})
