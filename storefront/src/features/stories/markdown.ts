import { Marked, type Tokens } from "marked"
import sanitizeHtml from "sanitize-html"

/**
 * A story's body is Markdown the association writes in the admin, stored as written; this is the
 * only place it becomes HTML. Two layers, so one mistake is not enough for markup to get through:
 * marked renders with raw HTML escaped (a `<script>` in the text is shown as text), and
 * sanitize-html then keeps only a short list of tags and attributes, and links only to
 * http(s), mailto or the shop's own relative paths.
 */

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

const markdown = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    // Raw HTML in the Markdown is the writer's text, not markup: shown as typed.
    html(token: Tokens.HTML | Tokens.Tag) {
      const text = escapeHtml(token.text)
      return "block" in token && token.block ? `<p>${text.trim()}</p>\n` : text
    },
    // No pictures in a story's text (the story's own picture is shown by the page): the alt text stands in.
    image(token: Tokens.Image) {
      return escapeHtml(token.text)
    },
  },
})

const ALLOWED_TAGS = ["p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "a", "code", "pre", "br", "hr"]

/** A link's target once the parser has decoded it, without the control characters and spaces browsers skip too. */
const cleanHref = (href: string) => href.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "")

/**
 * How a link may point: out to the web (http, https), to a mail, or within the shop (a path with
 * no scheme). Anything else — javascript:, data:, vbscript:, a host hidden behind "//" or "\" —
 * is no link.
 */
function linkKind(href: string, siteOrigin: string | null): "external" | "internal" | "mail" | null {
  const clean = cleanHref(href)
  if (/^https?:\/\//i.test(clean)) {
    try {
      return siteOrigin && new URL(clean).origin === siteOrigin ? "internal" : "external"
    } catch {
      return null
    }
  }
  if (/^mailto:/i.test(clean)) return "mail"
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || /^[\\/]{2}/.test(clean) || /^\/\\/.test(clean) || clean === "") return null
  return "internal"
}

/**
 * The story's Markdown as safe HTML: paragraphs, headings h2–h4 (an h1 becomes an h2: the page's
 * title is the only h1), lists, emphasis, quotes, code, rules and links. A link out of the shop
 * opens in a new tab with rel="noopener noreferrer"; one that may not be followed is its text.
 * `siteUrl` (the shop's public address) makes absolute links to the shop's own pages internal.
 */
export function renderStoryMarkdown(md: string, { siteUrl }: { siteUrl?: string } = {}): string {
  let siteOrigin: string | null = null
  try {
    siteOrigin = siteUrl ? new URL(siteUrl).origin : null
  } catch {
    siteOrigin = null
  }
  const html = markdown.parse(md, { async: false })
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ["href", "title", "rel", "target"], ol: ["start"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    // script, style and the like go with their content; other unknown tags leave their text.
    disallowedTagsMode: "discard",
    transformTags: {
      h1: "h2",
      h5: "h4",
      h6: "h4",
      a: (_tagName, attribs) => {
        const kind = attribs.href === undefined ? null : linkKind(attribs.href, siteOrigin)
        // A span is not allowed either: the link's text stays, the link goes.
        if (!kind) return { tagName: "span", attribs: {} }
        const link: Record<string, string> = { href: cleanHref(attribs.href) }
        if (attribs.title) link.title = attribs.title
        if (kind === "external") Object.assign(link, { rel: "noopener noreferrer", target: "_blank" })
        return { tagName: "a", attribs: link }
      },
    },
  })
}
