/**
 * Producer-written links go into href attributes: only http(s) URLs pass,
 * so a stored `javascript:` link can never run in a visitor's browser.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null
  } catch {
    return null
  }
}
