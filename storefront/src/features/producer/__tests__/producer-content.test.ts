import { afterEach, describe, expect, it, vi } from "vitest"
import { producerContent } from "../data"

afterEach(() => vi.unstubAllGlobals())

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
const page = { count: 1, offset: 0, limit: 50 }

describe("what the association's content says about a producer", () => {
  it("asks for its events, Genussorte, tours and stories at once, each by the producer's id", async () => {
    const asked: URL[] = []
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(input instanceof Request ? input.url : String(input))
        asked.push(url)
        if (url.pathname === "/store/events") return json({ events: [], count: 0, offset: 0, limit: 50, window: { from: "2027-05-01", to: "2027-08-29" } })
        if (url.pathname === "/store/places") return json({ places: [{ handle: "keller" }], ...page })
        if (url.pathname === "/store/tours") return json({ tours: [{ handle: "runde" }], ...page })
        if (url.pathname === "/store/stories") return json({ stories: [{ handle: "korn" }], ...page })
        return json({ message: "not found" }, 404)
      })
    )
    const content = await producerContent("de", "prod_1")
    expect(asked.map((url) => [url.pathname, url.searchParams.get("producer_id"), url.searchParams.get("locale")]).sort()).toEqual([
      ["/store/events", "prod_1", "de-DE"],
      ["/store/places", "prod_1", "de-DE"],
      ["/store/stories", "prod_1", "de-DE"],
      ["/store/tours", "prod_1", "de-DE"],
    ])
    expect(content.places.map((p) => p.handle)).toEqual(["keller"])
    expect(content.tours.map((t) => t.handle)).toEqual(["runde"])
    expect(content.stories.map((s) => s.handle)).toEqual(["korn"])
    expect(content.events).toEqual([])
  })

  it("leaves out what cannot be read instead of failing the producer's page", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(input instanceof Request ? input.url : String(input))
        if (url.pathname === "/store/tours") return json({ tours: [{ handle: "runde" }], ...page })
        if (url.pathname === "/store/places") throw new TypeError("fetch failed")
        return json({ message: "boom" }, 500)
      })
    )
    const content = await producerContent("en", "prod_1")
    expect(content).toEqual({ events: [], places: [], tours: [expect.objectContaining({ handle: "runde" })], stories: [] })
  })
})
