import type { CategoryKey } from "./data/catalog"

/**
 * Product pictures the project draws itself: a flat SVG pictogram of the category on a
 * warm background, with the product's name. Deterministic, so a re-seed yields the same file.
 */
const PALETTE: Record<CategoryKey, { background: string; accent: string; ink: string }> = {
  brot: { background: "#f3e3c3", accent: "#b7793a", ink: "#4a2c10" },
  fleisch: { background: "#f6d9d2", accent: "#b3463a", ink: "#4d1712" },
  bier: { background: "#f7e7b0", accent: "#c98a12", ink: "#4a3300" },
  kaese: { background: "#fbf0c6", accent: "#e0b53c", ink: "#4d3b00" },
  honig: { background: "#fde6b5", accent: "#d98e04", ink: "#4d3000" },
  spirituosen: { background: "#e3e6f0", accent: "#5b6fa8", ink: "#1c2547" },
  obst: { background: "#e2efd4", accent: "#6b9a3a", ink: "#213512" },
  mehl: { background: "#efe9dc", accent: "#a38b5e", ink: "#3b301b" },
  fisch: { background: "#d9ecef", accent: "#3c8a99", ink: "#0f3339" },
  feinkost: { background: "#efe0d5", accent: "#8f5a3c", ink: "#3a2214" },
  eier: { background: "#f5efe2", accent: "#c9a36a", ink: "#43331a" },
}

const PICTOGRAM: Record<CategoryKey, string> = {
  brot: '<ellipse cx="400" cy="250" rx="190" ry="110" fill="A"/><path d="M280 210q30-40 60 0M370 200q30-40 60 0M460 210q30-40 60 0" stroke="B" stroke-width="14" fill="none" stroke-linecap="round"/>',
  fleisch: '<path d="M220 260c0-60 60-90 180-90s180 30 180 90-60 90-180 90-180-30-180-90z" fill="A"/><circle cx="230" cy="260" r="22" fill="B"/><circle cx="570" cy="260" r="22" fill="B"/>',
  bier: '<rect x="320" y="130" width="160" height="230" rx="18" fill="A"/><rect x="310" y="110" width="180" height="50" rx="25" fill="#fffaf0"/><path d="M480 180h40a30 30 0 0 1 30 30v70a30 30 0 0 1-30 30h-40" stroke="A" stroke-width="22" fill="none"/>',
  kaese: '<path d="M230 330l300-170 40 170z" fill="A"/><circle cx="430" cy="280" r="22" fill="B"/><circle cx="510" cy="300" r="14" fill="B"/><circle cx="360" cy="310" r="12" fill="B"/>',
  honig: '<rect x="300" y="160" width="200" height="200" rx="40" fill="A"/><rect x="290" y="120" width="220" height="50" rx="12" fill="B"/><path d="M340 250h120" stroke="#fff5db" stroke-width="16" stroke-linecap="round"/>',
  spirituosen: '<path d="M370 100h60v70q50 30 50 90v110h-160V260q0-60 50-90z" fill="A"/><rect x="340" y="260" width="120" height="60" rx="6" fill="#f4f1e8"/>',
  obst: '<circle cx="350" cy="260" r="95" fill="A"/><circle cx="470" cy="270" r="80" fill="B"/><path d="M350 165q10-50 50-60" stroke="#4b3a1a" stroke-width="10" fill="none"/>',
  mehl: '<path d="M300 360l20-200h160l20 200z" fill="A"/><path d="M400 150v-60M400 110l-30-25M400 110l30-25M400 130l-30-25M400 130l30-25" stroke="B" stroke-width="10" stroke-linecap="round"/>',
  fisch: '<path d="M200 260q120-120 300 0q-180 120-300 0z" fill="A"/><path d="M500 260l90-60v120z" fill="A"/><circle cx="270" cy="245" r="12" fill="#fff"/>',
  feinkost: '<rect x="310" y="150" width="180" height="210" rx="30" fill="A"/><rect x="300" y="120" width="200" height="45" rx="10" fill="B"/><rect x="335" y="220" width="130" height="70" rx="8" fill="#f7efe6"/>',
  eier: '<ellipse cx="360" cy="270" rx="70" ry="95" fill="#fffaf0" stroke="A" stroke-width="10"/><ellipse cx="470" cy="285" rx="60" ry="80" fill="A"/>',
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)

export function productImageSvg(title: string, category: CategoryKey): string {
  const { background, accent, ink } = PALETTE[category]
  const shapes = PICTOGRAM[category].replace(/"A"/g, `"${accent}"`).replace(/"B"/g, `"${ink}"`)
  const label = escapeXml(title.length > 34 ? `${title.slice(0, 33)}…` : title)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600" role="img" aria-label="${label}">`,
    `<rect width="800" height="600" fill="${background}"/>`,
    shapes,
    `<text x="400" y="470" text-anchor="middle" font-family="Georgia, serif" font-size="40" fill="${ink}">${label}</text>`,
    `</svg>`,
  ].join("")
}

/**
 * The second picture of a product: its label, as on a shelf — who made it and where,
 * with the category's pictogram small in the corner.
 */
export function productLabelSvg(title: string, category: CategoryKey, producer: string, town: string): string {
  const { background, accent, ink } = PALETTE[category]
  const shapes = PICTOGRAM[category].replace(/"A"/g, `"${background}"`).replace(/"B"/g, `"${ink}"`)
  const fit = (text: string, max: number) => escapeXml(text.length > max ? `${text.slice(0, max - 1)}…` : text)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600" role="img" aria-label="${fit(title, 34)} – ${fit(producer, 40)}, ${fit(town, 30)}">`,
    `<rect width="800" height="600" fill="${accent}"/>`,
    `<rect x="90" y="70" width="620" height="460" rx="24" fill="#fffaf0" stroke="${ink}" stroke-width="6"/>`,
    `<g transform="translate(470 60) scale(.45)">${shapes}</g>`,
    `<text x="130" y="200" font-family="Georgia, serif" font-size="34" fill="${ink}">${fit(title, 22)}</text>`,
    `<path d="M130 240h540" stroke="${ink}" stroke-width="3"/>`,
    `<text x="130" y="320" font-family="Georgia, serif" font-size="40" fill="${ink}">${fit(producer, 26)}</text>`,
    `<text x="130" y="390" font-family="Georgia, serif" font-size="32" fill="${ink}">${fit(town, 30)} · Oberfranken</text>`,
    `</svg>`,
  ].join("")
}
