/**
 * Input no page can answer, recognised before any page runs and before anything reaches the
 * backend: a path that does not decode or carries control characters (a NUL byte makes
 * PostgreSQL fail), a query that does not decode or carries them, a handle that cannot be
 * one. src/middleware.ts answers these with the localized 404 or 400 page.
 */
import { UNREADABLE_LINES, UNREADABLE_TEXT } from "./form-fields"

export type Rejection = "not-found" | "bad-request"

/** C0 control characters and DEL: no handle, search text or filter value contains them. */
const CONTROL = /[\u0000-\u001f\u007f]/
/** Longer than any handle Medusa or the seed writes; the bound keeps junk short. */
const MAX_HANDLE = 200

/**
 * A handle as Medusa's product module accepts it (`isValidHandle` in @medusajs/utils): lower-case
 * letters of any script, case-less letters and digits, in words joined by single hyphens.
 * Producer handles (ASCII words) are a subset.
 */
export function isHandle(value: string): boolean {
  return value.length <= MAX_HANDLE && /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u.test(value)
}

/** Decodes one %-encoded piece, or null when it is no valid UTF-8 or holds a control character. */
function decodeClean(piece: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(piece)
  } catch {
    return null
  }
  return CONTROL.test(decoded) ? null : decoded
}

/**
 * Why a request cannot be answered, or null when it can. `rawUrl` is the request's URL as
 * sent (Astro's own `url` has the path decoded already); `params` are the matched route's.
 */
export function rejectRequest(rawUrl: string, params: Record<string, string | undefined> = {}): Rejection | null {
  const url = new URL(rawUrl)
  // A path is a name: one that cannot be read names no page.
  if (url.pathname.split("/").some((segment) => decodeClean(segment) === null)) return "not-found"
  // URLSearchParams would turn broken %-sequences into U+FFFD silently; read the query as sent.
  const pairs = url.search.slice(1).split("&").filter(Boolean)
  for (const pair of pairs) {
    if (pair.split("=").some((piece) => decodeClean(piece.replace(/\+/g, " ")) === null)) return "bad-request"
  }
  if (params.handle !== undefined && !isHandle(params.handle)) return "not-found"
  return null
}

/**
 * Whether every field of a posted form can be read: no control characters but line breaks (a
 * NUL byte makes PostgreSQL fail) and no U+FFFD (what a broken %-encoding or invalid UTF-8
 * decodes to), no files. A form that fails gets the 400 page before anything reaches the backend.
 */
export function isReadableForm(form: FormData): boolean {
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || UNREADABLE_TEXT.test(key) || UNREADABLE_LINES.test(value)) return false
  }
  return true
}

/** A Medusa id as it appears in paths and forms (prefix, underscore, ULID); anything else is not sent. */
export const isMedusaId = (value: string | null | undefined): value is string => typeof value === "string" && /^[A-Za-z0-9_]{1,80}$/.test(value)
