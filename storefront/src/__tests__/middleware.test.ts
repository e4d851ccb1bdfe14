import type { APIContext, MiddlewareNext } from "astro"
import { describe, expect, it } from "vitest"
import { PAGE_CACHE, PUBLIC, publicPage, tagPage } from "../lib/cache-policy"
import { onRequest } from "../middleware"

type Page = (locals: App.Locals) => Response

/**
 * Runs the middleware for one request. `page` stands for whatever Astro renders on `next()`:
 * the matched page, or the error page the middleware rewrote to (recorded in `rewrites`).
 */
async function run(url: string, { method = "GET", params = {}, page }: { method?: string; params?: Record<string, string>; page: Page }) {
  const locals: App.Locals = {}
  const rewrites: unknown[] = []
  // What the middleware asks Astro's page cache to do with the response (`Astro.cache.set`).
  const cacheEntries: unknown[] = []
  const cache = { set: (entry: unknown) => cacheEntries.push(entry) }
  const context = { request: new Request(url, { method }), params, locals, cache } as unknown as APIContext
  const next = (async (payload?: unknown) => {
    rewrites.push(payload)
    return page(locals)
  }) as MiddlewareNext
  const response = (await onRequest(context, next)) as Response
  return { response, rewrites, cacheEntries, cacheControl: response.headers.get("cache-control") }
}

const publicOk: Page = (locals) => {
  publicPage({ locals })
  return new Response("<h1>Produkte</h1>", { status: 200 })
}
const privateOk: Page = () => new Response("<h1>Warenkorb</h1>", { status: 200 })
const errorPage =
  (status: number): Page =>
  () =>
    new Response("<h1>Fehler</h1>", { status })

describe("middleware: input no page can answer", () => {
  it("rewrites a search with a NUL byte to the 400 page, privately", async () => {
    const { response, rewrites, cacheControl } = await run("http://shop.test/produkte?suche=%00", { page: errorPage(400) })
    expect(rewrites).toEqual(["/400"])
    expect(response.status).toBe(400)
    expect(cacheControl).toBe("private, no-store")
  })

  it("rewrites a product path with a NUL byte to the 404 page in either language", async () => {
    for (const url of ["http://shop.test/produkte/%00", "http://shop.test/en/products/%00"]) {
      const { rewrites, cacheControl } = await run(url, { params: { handle: "\u0000" }, page: errorPage(404) })
      expect(rewrites).toEqual(["/404"])
      expect(cacheControl).toBe("private, no-store")
    }
  })

  it("rewrites a handle in upper case to the 404 page, so the product page never asks the backend", async () => {
    const { rewrites } = await run("http://shop.test/produzenten/Brauerei", { params: { handle: "Brauerei" }, page: errorPage(404) })
    expect(rewrites).toEqual(["/404"])
  })

  it("renders the matched page for good input", async () => {
    const { rewrites } = await run("http://shop.test/produkte/rauchbier?hinweis=lager", { params: { handle: "rauchbier" }, page: publicOk })
    expect(rewrites).toEqual([undefined])
  })
})

describe("middleware: cache headers", () => {
  it("makes a page that opted in public", async () => {
    const { cacheControl } = await run("http://shop.test/produkte", { page: publicOk })
    expect(cacheControl).toBe(PUBLIC)
  })

  it("stores a public page in the page cache under its tags, also named for a CDN", async () => {
    const { response, cacheEntries } = await run("http://shop.test/produkte/rauchbier", {
      page: (locals) => {
        publicPage({ locals })
        tagPage({ locals }, ["product:prod_1", "producer:prod_a", "product:prod_1"])
        return new Response("<h1>Rauchbier</h1>", { status: 200 })
      },
    })
    expect(cacheEntries).toEqual([{ ...PAGE_CACHE, tags: ["product:prod_1", "producer:prod_a"] }])
    expect(response.headers.get("surrogate-key")).toBe("product:prod_1 producer:prod_a")
  })

  it("keeps no \"not found\" in the page cache: the product may be published the next moment", async () => {
    const { cacheEntries, cacheControl } = await run("http://shop.test/produkte/gibts-nicht", {
      page: (locals) => {
        publicPage({ locals })
        return new Response("<h1>Nicht gefunden</h1>", { status: 404 })
      },
    })
    expect(cacheEntries).toEqual([false])
    expect(cacheControl).toBe("public, max-age=0, s-maxage=10")
  })

  it("stores no private page, no form's answer and no error in the page cache", async () => {
    for (const [url, method, page] of [
      ["http://shop.test/warenkorb", "GET", privateOk],
      ["http://shop.test/produkte", "POST", publicOk],
      ["http://shop.test/produkte", "GET", (locals: App.Locals) => (publicPage({ locals }), errorPage(503)(locals))],
    ] as const) {
      const { cacheEntries, response } = await run(url, { method, page })
      expect(cacheEntries, `${method} ${url}`).toEqual([false])
      expect(response.headers.has("surrogate-key")).toBe(false)
    }
  })

  it("keeps a page private that did not opt in", async () => {
    const { cacheControl } = await run("http://shop.test/warenkorb", { page: privateOk })
    expect(cacheControl).toBe("private, no-store")
  })

  it("keeps a POST private even where the page opted in", async () => {
    const { cacheControl } = await run("http://shop.test/produkte", { method: "POST", page: publicOk })
    expect(cacheControl).toBe("private, no-store")
  })

  it("overrides a cache header a page set itself", async () => {
    const { cacheControl } = await run("http://shop.test/konto", {
      page: () => new Response("", { status: 200, headers: { "cache-control": "public, max-age=3600" } }),
    })
    expect(cacheControl).toBe("private, no-store")
  })
})
