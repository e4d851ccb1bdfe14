import { experimental_AstroContainer as AstroContainer } from "astro/container"
import { describe, expect, it } from "vitest"
import BadRequest from "../../../pages/400.astro"
import NotFound from "../../../pages/404.astro"
import ServerError from "../../../pages/500.astro"

const render = async (page: Parameters<AstroContainer["renderToResponse"]>[0], url: string) => {
  const container = await AstroContainer.create()
  const response = await container.renderToResponse(page, { request: new Request(url) })
  const html = await response.text()
  return { status: response.status, h1: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1], lang: /<html lang="([a-z]+)"/.exec(html)?.[1] }
}

describe("error pages", () => {
  it("answer a bad query with 400 in the language of the path it came from", async () => {
    expect(await render(BadRequest, "http://shop.test/produkte?suche=%00")).toEqual({ status: 400, h1: "Ungültige Anfrage", lang: "de" })
    expect(await render(BadRequest, "http://shop.test/en/products?suche=%00")).toEqual({ status: 400, h1: "Bad request", lang: "en" })
  })

  it("answer a missing page with 404", async () => {
    expect(await render(NotFound, "http://shop.test/en/products/nope")).toEqual({ status: 404, h1: "Page not found", lang: "en" })
    expect(await render(NotFound, "http://shop.test/produzenten/nope")).toEqual({ status: 404, h1: "Seite nicht gefunden", lang: "de" })
  })

  it("answer a failed page with 500 and a message instead of an empty body", async () => {
    expect(await render(ServerError, "http://shop.test/en/")).toEqual({ status: 500, h1: "Something went wrong", lang: "en" })
    expect(await render(ServerError, "http://shop.test/")).toEqual({ status: 500, h1: "Das hat nicht geklappt", lang: "de" })
  })
})
