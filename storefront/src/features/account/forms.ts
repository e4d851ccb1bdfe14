import { z } from "astro/zod"
import { firstErrors, formEmail, formText, UNREADABLE_TEXT } from "../../lib/form-fields"

/** Why a field was refused; each has a message in both languages (AccountField.astro). */
export type AccountFieldError = "required" | "email" | "tooLong" | "characters" | "passwordShort"

export const LOGIN_FIELDS = ["email", "password"] as const
export const REGISTER_FIELDS = ["first_name", "last_name", "email", "password"] as const
export type LoginField = (typeof LOGIN_FIELDS)[number]
export type RegisterField = (typeof REGISTER_FIELDS)[number]
export type AccountField = LoginField | RegisterField

/** At least this long; longer than any password anyone types, short enough to hash cheaply. */
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128

// In lower case, as Medusa compares a cart's e-mail: one address, one account.
const email = formEmail.transform((value) => value.toLowerCase())

/** A password is taken as typed: never trimmed, never shown again. */
const password = z
  .string()
  .min(1, "required")
  .max(PASSWORD_MAX, "tooLong")
  .refine((value) => !UNREADABLE_TEXT.test(value), "characters")
const newPassword = password.refine((value) => value.length >= PASSWORD_MIN, "passwordShort")

const LOGIN_SCHEMA = z.object({ email, password })
const REGISTER_SCHEMA = z.object({ first_name: formText(100), last_name: formText(100), email, password: newPassword })

const KNOWN_ERRORS = new Set<AccountFieldError>(["required", "email", "tooLong", "characters", "passwordShort"])

/**
 * A form read: the values to work with, or what to show again — every field but the password
 * (a refused form never echoes it) — with the first refusal of each field.
 */
export type AccountForm<F extends string> =
  | { ok: true; values: Record<F, string> }
  | { ok: false; values: Record<Exclude<F, "password">, string>; errors: Partial<Record<F, AccountFieldError>> }

function readForm<F extends string>(form: FormData, fields: readonly F[], schema: z.ZodType<Record<F, string>>): AccountForm<F> {
  const raw = Object.fromEntries(
    fields.map((field) => {
      const value = form.get(field)
      return [field, typeof value === "string" ? value : ""]
    })
  ) as Record<F, string>
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, values: result.data }
  const errors = firstErrors<F, AccountFieldError>(result.error.issues, KNOWN_ERRORS)
  // Long junk is cut for the echo; the password is left out.
  const values = Object.fromEntries(fields.filter((field) => field !== "password").map((field) => [field, raw[field].trim().slice(0, 300)])) as Record<
    Exclude<F, "password">,
    string
  >
  return { ok: false, values, errors }
}

export const readLoginForm = (form: FormData) => readForm<LoginField>(form, LOGIN_FIELDS, LOGIN_SCHEMA)
export const readRegisterForm = (form: FormData) => readForm<RegisterField>(form, REGISTER_FIELDS, REGISTER_SCHEMA)
