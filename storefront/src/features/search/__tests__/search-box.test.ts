import { experimental_AstroContainer as AstroContainer } from "astro/container"
import { describe, expect, it } from "vitest"
import SearchBox from "../SearchBox.astro"

const render = async (locale: "de" | "en") => {
  const container = await AstroContainer.create()
  const html = await container.renderToString(SearchBox, { props: { locale } })
  // Astro's dev build marks where each element comes from; not part of the page.
  return html.replace(/ data-astro-source-(file|loc)="[^"]*"/g, "")
}

describe("the header's search box", () => {
  it("is a plain GET form to the German catalog, labelled, that works without script", async () => {
    const html = await render("de")
    expect(html).toMatch(/<form class="site-search" role="search" method="get" action="\/produkte" aria-label="Im Shop suchen"/)
    expect(html).toMatch(/<label for="site-search-input" class="visually-hidden">Im Shop suchen<\/label>/)
    expect(html).toMatch(/<input id="site-search-input" name="suche" type="search" maxlength="100"/)
    expect(html).toContain('<button type="submit">Suchen</button>')
    // A combobox only once the island runs: without script it is a search field, nothing more.
    expect(html).not.toContain('role="combobox"')
    expect(html).toContain('data-endpoint="/suche/vorschlaege"')
    expect(html).toContain('data-lang="de"')
  })

  it("searches the English catalog on English pages and says so in English", async () => {
    const html = await render("en")
    expect(html).toContain('action="/en/products"')
    expect(html).toContain('aria-label="Search the shop"')
    expect(html).toContain('name="suche"')
    expect(html).toContain('data-lang="en"')
    expect(html).toContain('data-many="{n} suggestions, choose with the arrow keys"')
  })
})
