import { z } from "astro/zod"

/**
 * The fields the shop's own forms share (the checkout's address, the account's login and
 * registration): one rule for readable text and one for an e-mail address, each refusal named
 * by a short code the form shows in both languages.
 */

/** Control characters (a NUL byte makes PostgreSQL fail) and the replacement character a broken encoding leaves. */
export const UNREADABLE_TEXT = /[\u0000-\u001f\u007f\ufffd]/

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
