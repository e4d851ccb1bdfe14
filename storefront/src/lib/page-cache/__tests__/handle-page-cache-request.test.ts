import { describe, expect, it } from "vitest"
import { handlePageCacheRequest } from "../handle-page-cache-request"
import createPageCache from "../provider"

const SECRET = "a-page-cache-secret-of-some-length"
const logger = { info() {}, warn() {}, error() {} }

/** A page cache holding one product page, and the endpoint's context around it (as Astro's `cache`). */
async function setUp() {
  const pages = createPageCache({ max: 10 })
  const url = "http://shop.test/produkte/rauchbier"
  const render = async () =>
    new Response("<h1>Rauchbier</h1>", { headers: { "CDN-Cache-Control": "max-age=20", "Cache-Tag": "product:prod_1, products" } })
  const state = async () =>
    (await pages.onRequest!({ request: new Request(url), url: new URL(url), logger }, render)).headers.get("x-astro-cache")
  await state()
  const call = (init: RequestInit & { auth?: string | null }, secret = SECRET) => {
    const headers = new Headers(init.headers)
    if (init.auth !== null) headers.set("authorization", init.auth ?? `Bearer ${SECRET}`)
    const request = new Request("http://shop.test/api/page-cache", { ...init, headers })
    return handlePageCacheRequest({ request, cache: { invalidate: (o: any) => pages.invalidate(o) } as any }, secret)
  }
  return { call, state }
}

const post = (body: string, auth?: string | null) => ({ method: "POST", body, auth, headers: { "content-type": "application/json" } })

describe("/api/page-cache", () => {
  it("drops the pages carrying a tag the backend names", async () => {
    const { call, state } = await setUp()
    expect(await state()).toBe("HIT")
    const response = await call(post(JSON.stringify({ tags: ["product:prod_1"] })))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ invalidated: 1 })
    expect(await state()).toBe("MISS")
  })

  it("does not exist without a secret configured, and refuses a wrong one", async () => {
    const { call, state } = await setUp()
    expect((await call(post(JSON.stringify({ tags: ["products"] })), "")).status).toBe(404)
    for (const auth of [null, "Bearer wrong", `Basic ${SECRET}`, `Bearer ${SECRET}x`]) {
      const response = await call(post(JSON.stringify({ tags: ["products"] }), auth))
      expect(response.status, String(auth)).toBe(401)
    }
    expect((await call({ method: "GET", auth: "Bearer nope" })).status).toBe(401)
    expect(await state()).toBe("HIT")
  })

  it("refuses bad input with 400 and a message, dropping nothing", async () => {
    const { call, state } = await setUp()
    for (const body of [
      "not json",
      "{}",
      JSON.stringify({ tags: [] }),
      JSON.stringify({ tags: "products" }),
      JSON.stringify({ tags: ["product:prod_1\u0000"] }),
      JSON.stringify({ tags: ["product:../x"] }),
      JSON.stringify({ tags: ["products"], path: "/" }),
      JSON.stringify({ tags: Array.from({ length: 1001 }, (_, i) => `product:p${i}`) }),
    ]) {
      const response = await call(post(body))
      expect(response.status, body.slice(0, 60)).toBe(400)
      expect((await response.json()).message, body.slice(0, 60)).toMatch(/\w/)
    }
    expect(await state()).toBe("HIT")
  })

  it("answers its counts to the bench", async () => {
    const { call } = await setUp()
    const response = await call({ method: "GET" })
    expect(response.status).toBe(200)
    expect(Object.keys(await response.json()).sort()).toEqual(["hit", "miss", "rendered", "shared", "stale", "uncached"])
  })
})
