import { experimental_AstroContainer as AstroContainer } from "astro/container"
import { describe, expect, it } from "vitest"
import type { ShopStoryDetail } from "../data"
import StoriesPage from "../StoriesPage.astro"
import StoryPage from "../StoryPage.astro"

const story: ShopStoryDetail = {
  id: "cstory_1",
  handle: "vom-korn-zum-laib",
  title: "Vom Korn zum Laib",
  teaser: "Ein Tag mit dem Roggen.",
  author: "Lena Hofmann",
  image_url: null,
  published_at: "2026-12-04T09:00:00.000Z",
  body: "# Am Morgen\n\nDer **Sauer** ist gut. Mehr bei der [Mühle](https://shop.example/produzenten/kunstmuehle-beck) und [anderswo](https://example.com).\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))",
  producers: [{ id: "prod_1", handle: "kunstmuehle-beck", name: "Kunstmühle Beck" }],
  products: [{ id: "prod_01", handle: "roggenbrot", title: "Roggenbrot" }],
}

const render = async (component: Parameters<AstroContainer["renderToString"]>[0], props: Record<string, unknown>) =>
  (await (await AstroContainer.create()).renderToString(component, { props })).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, "")

const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1])

describe("a story's page", () => {
  it("shows title, author and date and the body rendered from Markdown, nothing of it able to run", async () => {
    const html = await render(StoryPage, { locale: "de", story })
    expect(html).toContain("<h1>Vom Korn zum Laib</h1>")
    expect(html).toContain('von Lena Hofmann · <time datetime="2026-12-04">4. Dezember 2026</time>')
    const body = /<div class="story-body">(.*?)<\/div>/s.exec(html)![1]
    expect(body).toContain("<h2>Am Morgen</h2>")
    expect(body).toContain("<strong>Sauer</strong>")
    // A link to the shop itself stays in the tab; one out of the shop opens a new one.
    expect(body).toContain('<a href="https://shop.example/produzenten/kunstmuehle-beck">Mühle</a>')
    expect(body).toContain('<a href="https://example.com" rel="noopener noreferrer" target="_blank">anderswo</a>')
    expect(body).not.toContain("<script")
    expect(body).not.toMatch(/href="javascript/i)
    expect(html).toContain('href="/produzenten/kunstmuehle-beck"')
    expect(html).toContain('href="/produkte/roggenbrot"')
  })

  it("describes itself as an Article by a person about its producers", async () => {
    const ld = jsonLdOf(await render(StoryPage, { locale: "en", story }))
    expect(ld).toMatchObject({
      "@type": "Article",
      headline: "Vom Korn zum Laib",
      author: { "@type": "Person", name: "Lena Hofmann" },
      datePublished: "2026-12-04T09:00:00.000Z",
      inLanguage: "en",
      url: "https://shop.example/en/stories/vom-korn-zum-laib",
      about: [{ "@type": "Organization", name: "Kunstmühle Beck", url: "https://shop.example/en/producers/kunstmuehle-beck" }],
      mentions: [{ "@type": "Product", name: "Roggenbrot", url: "https://shop.example/en/products/roggenbrot" }],
    })
  })
})

describe("the stories page", () => {
  it("lists stories newest first with author, date and teaser, and pages through them", async () => {
    const html = await render(StoriesPage, { locale: "de", stories: [story], page: 2, pages: 3 })
    expect(html).toContain('href="/geschichten/vom-korn-zum-laib"')
    expect(html).toContain("Ein Tag mit dem Roggen.")
    expect(html).toContain('<a href="/geschichten" rel="prev">')
    expect(html).toContain('<a href="/geschichten?seite=3" rel="next">')
  })
})
