import { describe, expect, it } from "vitest"
import createPageCache, { pageCacheStats } from "../provider"

const logger = { info() {}, warn() {}, error() {} }

/** A page that takes a while to render and counts its renders; `cached` says what Astro's headers would. */
function slowPage({ cached = true, tags = "products", cookie }: { cached?: boolean; tags?: string; cookie?: string } = {}) {
  let renders = 0
  const render = async () => {
    renders++
    const n = renders
    await new Promise((resolve) => setTimeout(resolve, 30))
    const headers = new Headers({ "content-type": "text/html" })
    if (cached) {
      headers.set("CDN-Cache-Control", "max-age=20, stale-while-revalidate=10")
      headers.set("Cache-Tag", tags)
    }
    if (cookie) headers.append("set-cookie", cookie)
    return new Response(`<h1>render ${n}</h1>`, { status: 200, headers })
  }
  return { render, renders: () => renders }
}

function get(cache: ReturnType<typeof createPageCache>, url: string, render: () => Promise<Response>, headers: HeadersInit = {}) {
  const request = new Request(url, { headers })
  return cache.onRequest!({ request, url: new URL(url), logger }, render)
}

describe("page cache", () => {
  it("renders a missing page once for a crowd and gives each shopper a copy", async () => {
    const cache = createPageCache({ max: 10 })
    const page = slowPage()
    const { shared, rendered } = pageCacheStats
    const responses = await Promise.all(Array.from({ length: 20 }, () => get(cache, "http://shop.test/produkte", page.render)))
    expect(page.renders()).toBe(1)
    expect(pageCacheStats.shared - shared).toBe(19)
    expect(pageCacheStats.rendered - rendered).toBe(1)
    const bodies = await Promise.all(responses.map((r) => r.text()))
    expect(new Set(bodies)).toEqual(new Set(["<h1>render 1</h1>"]))
    const again = await get(cache, "http://shop.test/produkte", page.render)
    expect(again.headers.get("x-astro-cache")).toBe("HIT")
    expect(await again.text()).toBe("<h1>render 1</h1>")
    expect(page.renders()).toBe(1)
  })

  it("drops the pages carrying an invalidated tag, and only those", async () => {
    const cache = createPageCache({ max: 10 })
    const product = slowPage({ tags: "product:prod_1, producer:pro_1" })
    const other = slowPage({ tags: "product:prod_2" })
    await get(cache, "http://shop.test/produkte/rauchbier", product.render)
    await get(cache, "http://shop.test/produkte/leberkaes", other.render)
    await cache.invalidate({ tags: ["product:prod_1"] })
    const [first, second] = await Promise.all([
      get(cache, "http://shop.test/produkte/rauchbier", product.render),
      get(cache, "http://shop.test/produkte/leberkaes", other.render),
    ])
    expect([first.headers.get("x-astro-cache"), await first.text()]).toEqual(["MISS", "<h1>render 2</h1>"])
    expect([second.headers.get("x-astro-cache"), await second.text()]).toEqual(["HIT", "<h1>render 1</h1>"])
  })

  it("does not share a render among shoppers with cookies until the page is known to be public", async () => {
    const cache = createPageCache({ max: 10 })
    const cart = slowPage({ cached: false })
    await Promise.all(
      ["cart=a", "cart=b", "cart=c"].map((cookie) => get(cache, "http://shop.test/warenkorb", cart.render, { cookie }))
    )
    expect(cart.renders()).toBe(3)

    const catalog = slowPage()
    await get(cache, "http://shop.test/produkte?seite=2", catalog.render)
    await cache.invalidate({ tags: ["products"] })
    await Promise.all(
      ["cart=a", "cart=b", "cart=c"].map((cookie) => get(cache, "http://shop.test/produkte?seite=2", catalog.render, { cookie }))
    )
    expect(catalog.renders()).toBe(2)
  })

  it("never stores a page that sets a cookie, nor hands its cookie to others waiting for it", async () => {
    const cache = createPageCache({ max: 10 })
    const page = slowPage({ cookie: "session=x" })
    await Promise.all([get(cache, "http://shop.test/konto", page.render), get(cache, "http://shop.test/konto", page.render)])
    expect(page.renders()).toBe(2)
    const again = await get(cache, "http://shop.test/konto", page.render)
    expect(again.headers.get("x-astro-cache")).toBeNull()
    expect(page.renders()).toBe(3)
  })

  it("keeps a page by path and query, whichever host the request names", async () => {
    const cache = createPageCache({ max: 10 })
    const page = slowPage()
    await get(cache, "http://localhost:8000/produkte?seite=2", page.render)
    const viaProxy = await get(cache, "https://shop.example/produkte?seite=2", page.render)
    expect(viaProxy.headers.get("x-astro-cache")).toBe("HIT")
    expect((await get(cache, "http://made-up.example/produkte?seite=3", page.render)).headers.get("x-astro-cache")).toBe("MISS")
    expect(page.renders()).toBe(2)
  })

  it("keeps at most `max` pages, the least recently used going first", async () => {
    const cache = createPageCache({ max: 2 })
    const page = slowPage()
    for (const path of ["/a", "/b", "/c"]) await get(cache, `http://shop.test${path}`, page.render)
    expect((await get(cache, "http://shop.test/c", page.render)).headers.get("x-astro-cache")).toBe("HIT")
    expect((await get(cache, "http://shop.test/a", page.render)).headers.get("x-astro-cache")).toBe("MISS")
  })
})
