import { money } from "./format"
import { html, type SafeHtml } from "./html"
import type { MailContent, MailItem, MailLocale } from "./types"

/**
 * A mail's body as blocks; each template says what its mail contains once, and `renderMail`
 * writes both the plain-text and the HTML version from it (HTML-escaping every value).
 */
export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  /** A titled group of lines: an address, pickup hours. */
  | { kind: "lines"; title: string; lines: string[] }
  | { kind: "items"; items: MailItem[]; currency: string }
  /** Label and amount rows: shipping, totals. */
  | { kind: "rows"; rows: [string, string][] }
  | { kind: "link"; label: string; href: string }

export type Mail = { locale: MailLocale; subject: string; blocks: Block[] }

/** The phrases every mail shares. */
const MAIL_TEXTS: Record<MailLocale, { each: string; signature: string }> = {
  de: { each: "je", signature: "Ihr genussnetz – Genuss aus der Region" },
  en: { each: "each", signature: "Your genussnetz – regional food, made nearby" },
}

const itemTitle = (item: MailItem) => (item.variant_title && item.variant_title !== "Default" ? `${item.title} – ${item.variant_title}` : item.title)

function blockText(locale: MailLocale, block: Block): string {
  switch (block.kind) {
    case "heading":
      return `${block.text}\n${"-".repeat(Math.min(block.text.length, 60))}`
    case "paragraph":
      return block.text
    case "lines":
      return [`${block.title}:`, ...block.lines.map((line) => `  ${line}`)].join("\n")
    case "items":
      return block.items
        .map((item) => `${item.quantity} × ${itemTitle(item)}\n    ${MAIL_TEXTS[locale].each} ${money(locale, item.unit_price, block.currency)} = ${money(locale, item.total, block.currency)}`)
        .join("\n")
    case "rows":
      return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n")
    case "link":
      return `${block.label}:\n${block.href}`
  }
}

const CELL = "padding:4px 8px 4px 0;vertical-align:top"
const AMOUNT = `${CELL};text-align:right;white-space:nowrap`

function blockHtml(locale: MailLocale, block: Block): SafeHtml {
  switch (block.kind) {
    case "heading":
      return html`<h2 style="font-size:18px;margin:24px 0 8px">${block.text}</h2>`
    case "paragraph":
      return html`<p style="margin:0 0 12px">${block.text}</p>`
    case "lines":
      return html`<p style="margin:0 0 12px"><strong>${block.title}</strong>${block.lines.map((line) => html`<br>${line}`)}</p>`
    case "items":
      return html`<table role="presentation" style="border-collapse:collapse;margin:0 0 12px">${block.items.map(
        (item) =>
          html`<tr><td style="${CELL}">${item.quantity} ×</td><td style="${CELL}">${itemTitle(item)}</td><td style="${AMOUNT}">${MAIL_TEXTS[locale].each} ${money(locale, item.unit_price, block.currency)}</td><td style="${AMOUNT}">${money(locale, item.total, block.currency)}</td></tr>`
      )}</table>`
    case "rows":
      return html`<table role="presentation" style="border-collapse:collapse;margin:0 0 12px">${block.rows.map(
        ([label, value]) => html`<tr><td style="${CELL}">${label}</td><td style="${AMOUNT}">${value}</td></tr>`
      )}</table>`
    case "link":
      return html`<p style="margin:0 0 12px"><a href="${block.href}">${block.label}</a></p>`
  }
}

/** Subject, plain text and HTML of a mail. */
export function renderMail({ locale, subject, blocks }: Mail): MailContent {
  const text = [...blocks.map((block) => blockText(locale, block)), MAIL_TEXTS[locale].signature].join("\n\n") + "\n"
  const body = html`<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${subject}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#222;max-width:640px;margin:0 auto;padding:16px">
${blocks.map((block) => html`${blockHtml(locale, block)}\n`)}<p style="margin:24px 0 0;color:#555">${MAIL_TEXTS[locale].signature}</p>
</body>
</html>
`
  return { subject, text, html: body.value }
}
