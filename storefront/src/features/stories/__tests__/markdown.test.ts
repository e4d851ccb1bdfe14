import { describe, expect, it } from "vitest"
import { renderStoryMarkdown } from "../markdown"

const ALLOWED = ["p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "a", "code", "pre", "br", "hr"]
/** A tag as sanitize-html writes it: a name, attributes each with a double-quoted value. */
const TAG = /<(\/?)([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*\/?>/gi
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/gi

/**
 * Nothing in the output may run: every "<" starts one of the allowed tags, no attribute is an
 * event handler or a style, no attribute holds a script or data URL, and a link goes only to
 * http(s), mailto or a path of the shop. (Raw HTML typed into the Markdown is shown as text, so
 * "javascript:" may well be read on the page — as words, never inside a tag.)
 */
function expectHarmless(html: string) {
  const tags = [...html.matchAll(TAG)]
  expect(tags.length, "every < is a tag of the allow-list").toBe(html.split("<").length - 1)
  for (const [, , name, attributes] of tags) {
    expect(ALLOWED, name).toContain(name.toLowerCase())
    for (const [, attribute, value = ""] of attributes.matchAll(ATTRIBUTE)) {
      expect(attribute.toLowerCase(), `${name} ${attribute}`).not.toMatch(/^on|^style$|^src$/)
      expect(value, `${name} ${attribute}`).not.toMatch(/(java|vb)script:|data:/i)
      if (attribute.toLowerCase() === "href") expect(value, "href").toMatch(/^(https?:\/\/|mailto:|\/(?![\\/])|[a-z0-9._~-]+(\/|$)|#)/i)
    }
  }
}

const VECTORS: [string, string][] = [
  ["a script element", "Hallo <script>alert(1)</script> Welt"],
  ["a script block", "<script>\nalert(1)\n</script>"],
  ["an image with onerror", '<img src=x onerror="alert(1)">'],
  ["a Markdown image with a script URL", "![x](javascript:alert(1))"],
  ["a Markdown link with a script URL", "[x](javascript:alert(1))"],
  ["a Markdown link with an upper-case, padded script URL", "[x]( JaVaScRiPt:alert(1) )"],
  ["a Markdown link with an entity-encoded script URL", "[x](&#106;avascript:alert(1))"],
  ["a Markdown link with a tab inside the scheme", "[x](jav\tascript:alert(1))"],
  ["an HTML link with a tab entity inside the scheme", '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ["an HTML link with a newline entity inside the scheme", '<a href="jav&#x0A;ascript:alert(1)">x</a>'],
  ["a data URL", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["a vbscript URL", "[x](vbscript:msgbox(1))"],
  ["an SVG with onload", "<svg onload=alert(1)>"],
  ["an SVG inline in a paragraph", "Text <svg><script>alert(1)</script></svg> mehr"],
  ["an iframe", '<iframe src="https://evil.example"></iframe>'],
  ["an autolink with a script URL", "<javascript:alert(1)>"],
  ["a bare script URL (GFM)", "javascript:alert(1)"],
  ["HTML entities spelling a tag", "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;"],
  ["a link whose quote breaks out of href", '[x](https://example.com/"onmouseover="alert(1))'],
  ["a link title breaking out", '[x](https://example.com "a\\" onmouseover=\\"alert(1)")'],
  ["a style element", "<style>body{display:none}</style>"],
  ["a style attribute", '<p style="background:url(javascript:alert(1))">x</p>'],
  ["an inline event handler on an allowed tag", '<a href="https://example.com" onclick="alert(1)">x</a>'],
  ["an object", '<object data="javascript:alert(1)"></object>'],
  ["a form", '<form action="javascript:alert(1)"><button>x</button></form>'],
  ["an HTML comment hiding a script", "<!-- --><script>alert(1)</script><!-- -->"],
  ["a reference link with a script URL", "[x][1]\n\n[1]: javascript:alert(1)"],
  ["a protocol-relative link", "[x](//evil.example/path)"],
  ["a backslash host", "[x](/\\evil.example)"],
  ["a meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ["a math element", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  ["a code span with a script", "`<script>alert(1)</script>`"],
]

describe("a story's Markdown", () => {
  it.each(VECTORS)("lets nothing run from %s", (_name, md) => {
    expectHarmless(renderStoryMarkdown(md))
  })

  it("shows raw HTML as the text it is instead of dropping or running it", () => {
    expect(renderStoryMarkdown("Ein <b>fettes</b> Wort")).toBe("<p>Ein &lt;b&gt;fettes&lt;/b&gt; Wort</p>\n")
    expect(renderStoryMarkdown('<img src=x onerror="alert(1)">')).toContain("&lt;img src=x onerror=")
    expect(renderStoryMarkdown("<script>alert(1)</script>")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
  })

  it("keeps a link's text but not a link that may not be followed", () => {
    expect(renderStoryMarkdown("[klick](javascript:alert(1))")).toBe("<p>klick</p>\n")
    expect(renderStoryMarkdown('<a href="jav&#x09;ascript:alert(1)">x</a>')).not.toContain("<a")
    expect(renderStoryMarkdown("[x](//evil.example/path)")).toBe("<p>x</p>\n")
  })

  it("keeps a quote inside a link's target inside the attribute", () => {
    const html = renderStoryMarkdown('[x](https://example.com/"onmouseover="alert(1))')
    expect(html).not.toMatch(/"\s*onmouseover=/i)
    expect(html).toMatch(/<a href="https:\/\/example\.com\/[^"]*"/)
  })

  it("renders paragraphs, headings, lists, emphasis, quotes, code and rules", () => {
    const html = renderStoryMarkdown(
      [
        "# Titel",
        "## Abschnitt",
        "### Unterabschnitt",
        "##### Klein",
        "Ein *kursiver* und **fetter** Satz mit `Code`.",
        "- eins\n- zwei",
        "3. drei\n4. vier",
        "> Ein Zitat",
        "```\nconst a = 1 < 2\n```",
        "---",
        "Zeile eins  \nZeile zwei",
      ].join("\n\n")
    )
    expect(html).toContain("<h2>Titel</h2>")
    expect(html).toContain("<h2>Abschnitt</h2>")
    expect(html).toContain("<h3>Unterabschnitt</h3>")
    expect(html).toContain("<h4>Klein</h4>")
    expect(html).not.toContain("<h1")
    expect(html).toContain("<em>kursiver</em>")
    expect(html).toContain("<strong>fetter</strong>")
    expect(html).toContain("<code>Code</code>")
    expect(html).toContain("<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>")
    expect(html).toContain('<ol start="3">')
    expect(html).toMatch(/<blockquote>\s*<p>Ein Zitat<\/p>\s*<\/blockquote>/)
    expect(html).toContain("<pre><code>const a = 1 &lt; 2\n</code></pre>")
    expect(html).toContain("<hr />")
    expect(html).toContain("Zeile eins<br />")
    expectHarmless(html)
  })

  it("opens a link out of the shop in a new tab without telling it where it came from, and keeps the shop's own links as they are", () => {
    expect(renderStoryMarkdown("[Brauerei](https://brauerei.example/)")).toBe(
      '<p><a href="https://brauerei.example/" rel="noopener noreferrer" target="_blank">Brauerei</a></p>\n'
    )
    expect(renderStoryMarkdown("[Mühle](/produzenten/kunstmuehle-beck)")).toBe('<p><a href="/produzenten/kunstmuehle-beck">Mühle</a></p>\n')
    expect(renderStoryMarkdown("[Mühle](https://shop.example/produzenten/kunstmuehle-beck)", { siteUrl: "https://shop.example" })).toBe(
      '<p><a href="https://shop.example/produzenten/kunstmuehle-beck">Mühle</a></p>\n'
    )
    expect(renderStoryMarkdown("[Schreiben Sie uns](mailto:info@genussnetz.example)")).toBe('<p><a href="mailto:info@genussnetz.example">Schreiben Sie uns</a></p>\n')
    expect(renderStoryMarkdown("Mehr auf https://example.com")).toContain('<a href="https://example.com" rel="noopener noreferrer" target="_blank">https://example.com</a>')
  })

  it("puts a picture's description in its place", () => {
    expect(renderStoryMarkdown("![Der Keller im Mai](https://example.com/keller.jpg)")).toBe("<p>Der Keller im Mai</p>\n")
  })

  it("keeps umlauts and typographic quotes, escapes what must be", () => {
    expect(renderStoryMarkdown("„Der Sauer ist gut heute“ – Brot & Bier")).toBe("<p>„Der Sauer ist gut heute“ – Brot &amp; Bier</p>\n")
  })
})
