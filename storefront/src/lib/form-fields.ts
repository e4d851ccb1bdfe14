import { z } from "astro/zod"

/**
 * The fields the shop's own forms share (the checkout's address, the account's login and
 * registration): one rule for readable text and one for an e-mail address, each refusal named
 * by a short code the form shows in both languages.
 */

/** Control characters (a NUL byte makes PostgreSQL fail) and the replacement character a broken encoding leaves. */
export const UNREADABLE_TEXT = /[\u0000-\u001f\u007f\ufffd]/
/**
 * The same for several lines of text (a textarea): line breaks and tabs are text there;
 * single-line fields refuse them by their own rule (`formText`).
 */
export const UNREADABLE_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/

/** A posted field as trimmed text; "" when it is missing. */
export function postedText(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** A text field: trimmed, required, at most `max` characters, readable. */
export const formText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .max(max, "tooLong")
    .refine((value) => !UNREADABLE_TEXT.test(value), "characters")

/** Deliberately plain: one @, something before it, a dot in the domain, no spaces. */
export const formEmail = formText(254).refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), "email")

/** A login's address in lower case, as Medusa compares an auth identity's: one address, one login. */
export const formLoginEmail = formEmail.transform((value) => value.toLowerCase())

/**
 * A password given (`min` 0) or chosen (`min`: "passwordShort" below it), at most `max`
 * characters: taken as typed, never trimmed, never shown again.
 */
export const formPassword = (max: number, min = 0) =>
  z
    .string()
    .min(1, "required")
    .max(max, "tooLong")
    .refine((value) => !UNREADABLE_TEXT.test(value), "characters")
    .refine((value) => value.length >= min, "passwordShort")

/** The first refusal of each field, by its code; a code the form does not know reads as "required". */
export function firstErrors<F extends string, E extends string>(issues: { path: PropertyKey[]; message: string }[], known: ReadonlySet<E>): Partial<Record<F, E>> {
  const errors: Partial<Record<F, E>> = {}
  for (const issue of issues) {
    const field = issue.path[0] as F
    if (errors[field]) continue
    errors[field] = (known.has(issue.message as E) ? issue.message : "required") as E
  }
  return errors
}

/**
 * A form read: the values to work with, or what to show again — every field but the password
 * (a refused form never echoes it) — with the first refusal of each field.
 */
export type FormRead<F extends string, E extends string = string> =
  | { ok: true; values: Record<F, string> }
  | { ok: false; values: Record<Exclude<F, "password">, string>; errors: Partial<Record<F, E>> }

/** Reads `fields` of a posted form (a missing field reads as "") through `schema`. */
export function readForm<F extends string, E extends string>(
  form: FormData,
  fields: readonly F[],
  schema: z.ZodType<Record<F, string>>,
  known: ReadonlySet<E>
): FormRead<F, E> {
  const raw = Object.fromEntries(
    fields.map((field) => {
      const value = form.get(field)
      return [field, typeof value === "string" ? value : ""]
    })
  ) as Record<F, string>
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, values: result.data }
  const errors = firstErrors<F, E>(result.error.issues, known)
  // Long junk is cut for the echo; the password is left out.
  const values = Object.fromEntries(fields.filter((field) => field !== "password").map((field) => [field, raw[field].trim().slice(0, 300)])) as Record<
    Exclude<F, "password">,
    string
  >
  return { ok: false, values, errors }
}
