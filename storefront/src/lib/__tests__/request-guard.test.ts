import { describe, expect, it } from "vitest"
import { isHandle, rejectRequest } from "../request-guard"

const at = (pathAndQuery: string, params?: Record<string, string | undefined>) =>
  rejectRequest(`http://shop.test${pathAndQuery}`, params)

describe("isHandle", () => {
  it("accepts Medusa's handles: lower-case words of any script joined by single hyphens", () => {
    for (const handle of ["landbrot-baeckerei-huebner", "bergkäse", "rauchbier-2", "私の-製品", "a"]) {
      expect(isHandle(handle), handle).toBe(true)
    }
  })

  it("refuses what Medusa's product module would refuse", () => {
    for (const handle of ["", "Landbrot", "-brot", "brot-", "brot--laib", "brot laib", "brot_laib", "brot\u0000", "%00", "../etc"]) {
      expect(isHandle(handle), JSON.stringify(handle)).toBe(false)
    }
  })

  it("refuses a handle longer than 200 characters", () => {
    expect(isHandle("a".repeat(200))).toBe(true)
    expect(isHandle("a".repeat(201))).toBe(false)
  })
})

describe("rejectRequest", () => {
  it("lets ordinary pages, searches and filters through", () => {
    expect(at("/")).toBeNull()
    expect(at("/produkte?suche=Bier+aus+Bamberg&seite=2")).toBeNull()
    expect(at("/produkte?suche=K%C3%A4se&preis-von=1%2C50")).toBeNull()
    expect(at("/en/products?q=a=b")).toBeNull()
    expect(at("/produkte/bergk%C3%A4se", { handle: "bergkäse" })).toBeNull()
  })

  it("answers a query with a NUL byte or another control character with 400", () => {
    expect(at("/produkte?suche=%00")).toBe("bad-request")
    expect(at("/produkte?suche=Bier%0A")).toBe("bad-request")
    expect(at("/produkte?%7F=1")).toBe("bad-request")
  })

  it("answers a query that is no valid %-encoded UTF-8 with 400", () => {
    expect(at("/produkte?suche=%E0%A4%A")).toBe("bad-request")
    expect(at("/produkte?suche=%")).toBe("bad-request")
    expect(at("/produkte?suche=%C3%28")).toBe("bad-request")
  })

  it("answers a path with a NUL byte or broken %-encoding with 404", () => {
    expect(at("/produkte/%00")).toBe("not-found")
    expect(at("/en/products/%00")).toBe("not-found")
    expect(at("/produkte/%E0%A4%A")).toBe("not-found")
    expect(at("/%")).toBe("not-found")
  })

  it("answers a route's handle that cannot be one with 404, before any page asks the backend", () => {
    expect(at("/produkte/Landbrot", { handle: "Landbrot" })).toBe("not-found")
    expect(at("/produzenten/x", { handle: "x y" })).toBe("not-found")
    // Pages without a handle in their route are not affected by its absence.
    expect(at("/produkte", {})).toBeNull()
  })
})
