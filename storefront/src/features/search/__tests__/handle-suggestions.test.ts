import type { APIContext, MiddlewareNext } from "astro"
import { afterEach, describe, expect, it, vi } from "vitest"
import { onRequest } from "../../../middleware"
import { PUBLIC } from "../../../lib/cache-policy"
import { handleSuggestions } from "../handle-suggestions"

type Sent = { url: string; method: string; body: any }

/** A stand-in for the backend's `POST /store/search`: records each request, answers `reply`. */
function stubBackend(reply: () => Response) {
  const sent: Sent[] = []
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    sent.push({ url: request.url, method: request.method, body: request.body ? await request.json() : null })
    return reply()
  })
  return sent
}

const searchAnswer = () =>
  Response.json({
    results: [
      { hits: [{ id: "prod_1", document: { handle: "bratwurst-grob", title: "Fränkische Bratwurst, grob", title_en: "Franconian bratwurst, coarse", producer_name: "Metzgerei Hümmer" } }] },
      { hits: [] },
      { hits: [{ id: "pcat_1", document: { handle: "fleisch-wurst", name: "Fleisch & Wurst", name_en: "Meat & Sausages" } }] },
    ],
  })

/** One request through the middleware (request guard, cache header) to the endpoint, as Astro runs it. */
async function get(path: string) {
  const url = new URL(path, "http://shop.test")
  const locals: App.Locals = {}
  const context = { request: new Request(url), url, params: {}, locals, cache: { set() {} } } as unknown as APIContext
  const next = (async (rewrite?: unknown) =>
    rewrite ? new Response("<h1>Ungültige Anfrage</h1>", { status: 400 }) : handleSuggestions(context)) as MiddlewareNext
  const response = (await onRequest(context, next)) as Response
  const body = response.headers.get("content-type")?.startsWith("application/json") ? await response.json() : await response.text()
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe("GET /suche/vorschlaege", () => {
  it("asks the backend once for products, producers and categories, and answers them in the page's language", async () => {
    const sent = stubBackend(searchAnswer)
    const { status, body, cacheControl } = await get("/suche/vorschlaege?q=Bratw&lang=en")
    expect(status).toBe(200)
    expect(sent).toHaveLength(1)
    expect(sent[0].method).toBe("POST")
    expect(new URL(sent[0].url).pathname).toBe("/store/search")
    expect(sent[0].body.queries.map((query: any) => [query.entity, query.filters.q, query.search_options.match_strategy])).toEqual([
      ["product", "Bratw", "last"],
      ["producer", "Bratw", "last"],
      ["product_category", "Bratw", "last"],
    ])
    expect(body).toEqual({
      query: "Bratw",
      products: [{ title: "Franconian bratwurst, coarse", producer: "Metzgerei Hümmer", href: "/en/products/bratwurst-grob" }],
      producers: [],
      categories: [{ name: "Meat & Sausages", href: "/en/products?kategorie=fleisch-wurst" }],
    })
    // The same for everyone who types the same: a minute in shared caches, like the catalog.
    expect(cacheControl).toBe(PUBLIC)
  })

  it("answers bad input with 400 and a message, privately, without asking the backend", async () => {
    const sent = stubBackend(searchAnswer)
    const cases: [string, string][] = [
      ["/suche/vorschlaege", "q is required"],
      ["/suche/vorschlaege?q=a", "q must be at least 2 characters"],
      [`/suche/vorschlaege?q=${"x".repeat(101)}`, "q must be at most 100 characters"],
      ["/suche/vorschlaege?q=Bier&lang=fr", "lang must be one of de, en"],
      ["/suche/vorschlaege?q=Bier&seite=2", "unknown parameter seite"],
      ["/suche/vorschlaege?q=Bier&q=Brot", "q is given more than once"],
    ]
    for (const [path, message] of cases) {
      const { status, body, cacheControl } = await get(path)
      expect(status, path).toBe(400)
      expect(body.message, path).toContain(message)
      expect(cacheControl, path).toBe("private, no-store")
    }
    expect(sent).toEqual([])
  })

  it("turns input no page can read (a NUL byte, broken %-encoding) away with 400 before the endpoint runs", async () => {
    const sent = stubBackend(searchAnswer)
    for (const path of ["/suche/vorschlaege?q=Bier%00", "/suche/vorschlaege?q=%E0%A4%A"]) {
      const { status, cacheControl } = await get(path)
      expect(status, path).toBe(400)
      expect(cacheControl, path).toBe("private, no-store")
    }
    expect(sent).toEqual([])
  })

  it("says so with 502, privately, when the backend fails", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {})
    stubBackend(() => Response.json({ message: "boom" }, { status: 500 }))
    const { status, body, cacheControl } = await get("/suche/vorschlaege?q=Bier")
    expect(status).toBe(502)
    expect(body).toEqual({ message: "Suggestions are not available right now" })
    expect(cacheControl).toBe("private, no-store")
  })
})
