/** The answers of the resilience routes, as the admin page reads them. */
export type Business = { id: string; handle: string; name: string; craft: string; town: string; district: string; latitude: number; longitude: number; in_region: boolean }
export type AlternativeAnswer = { producer: Business; second_source: boolean; verified: boolean; distance_km: number | null }
export type SinglePointAnswer = {
  link_id: string
  material: string
  step: string
  supplier: Business
  customer: Business
  products_count: number
  products: { id: string; title: string; handle: string }[]
  monthly_revenue: number
  alternatives: AlternativeAnswer[]
  /** Open offers on the cooperation board that could step in. */
  offers: BoardPost[]
}
/** A post on the cooperation board as the admin routes answer it. */
export type BoardPost = {
  id: string
  kind: "offer" | "need"
  material: string
  step: string
  quantity: number
  unit: string
  rhythm: string
  available_from: string
  available_until: string
  producer: { id: string; name: string; town: string } | null
  matches?: number
}
export type SinglePointsPage = { single_points: SinglePointAnswer[]; count: number; offset: number; limit: number; reach_km: number }
export type WhatIfProduct = {
  id: string
  title: string
  producer: Business
  verdict: "lost" | "switch"
  maker_closed: boolean
  monthly_revenue: number
  cut: { link_id: string; material: string; supplier: Business; alternatives: AlternativeAnswer[] }[]
}
export type WhatIfResult = {
  closed: (Business & { monthly_revenue: number })[]
  products: WhatIfProduct[]
  lost_count: number
  can_switch_count: number
  producers_hit: { producer: Business; products_lost: number; products_switching: number; monthly_revenue_at_risk: number }[]
  revenue: { monthly_at_risk: number; monthly_switching: number; sales_window_days: number }
  reach_km: number
}

/**
 * A table as CSV the way German spreadsheets open it: semicolons between cells, every cell quoted
 * (a name may hold a semicolon), a byte-order mark so umlauts survive, and a leading quote before
 * anything a spreadsheet would run as a formula.
 */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = String(value)
    const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== "number" ? `'${text}` : text
    return `"${safe.replace(/"/g, '""')}"`
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`
}

/** Offers a text as a file to save. */
export function download(name: string, text: string, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

/** Text for HTML: producers' names and materials are their own words. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/**
 * A plain page for the board meeting: headings and tables, no admin around them, opened in a tab
 * of its own with the browser's print dialog. Every cell is escaped.
 */
export function openPrintable(title: string, sections: { heading: string; intro?: string; rows: (string | number)[][] }[], lang: string) {
  const table = (rows: (string | number)[][]) =>
    `<table><thead><tr>${rows[0].map((cell) => `<th>${escapeHtml(String(cell))}</th>`).join("")}</tr></thead><tbody>${rows
      .slice(1)
      .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join("")}</tr>`)
      .join("")}</tbody></table>`
  const html = `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
body{font:11pt system-ui,sans-serif;margin:2em;color:#111}h1{font-size:16pt}h2{font-size:13pt;margin-top:1.5em}
table{border-collapse:collapse;width:100%;margin-top:.5em}th,td{border:1px solid #999;padding:.25em .4em;text-align:left;vertical-align:top}
th{background:#eee}tr{break-inside:avoid}p{margin:.3em 0}
</style></head><body><h1>${escapeHtml(title)}</h1>${sections
    .map((section) => `<h2>${escapeHtml(section.heading)}</h2>${section.intro ? `<p>${escapeHtml(section.intro)}</p>` : ""}${section.rows.length > 1 ? table(section.rows) : ""}`)
    .join("")}<script>window.onload=()=>window.print()</script></body></html>`
  const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }))
  window.open(url, "_blank", "noopener")
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
