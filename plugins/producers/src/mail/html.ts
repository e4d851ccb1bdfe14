/** HTML that is already safe to put into a mail as it is (built by `html`). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value
  }
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Text as HTML: the five characters that could start markup or end an attribute, as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character])
}

type Interpolated = SafeHtml | string | number | null | undefined | false | Interpolated[]

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return ""
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join("")
  return escapeHtml(String(value))
}

/**
 * The templates' one way to write HTML: every interpolated value is escaped — names, addresses,
 * product titles, producers' names are written by people — unless it is itself `html`.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, string, index) => out + string + (index < values.length ? render(values[index]) : ""), ""))
}
