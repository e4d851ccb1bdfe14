import { z } from "astro/zod"
import { formLoginEmail, formPassword, formText, readForm } from "../../lib/form-fields"

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
const email = formLoginEmail
const password = formPassword(PASSWORD_MAX)
const newPassword = formPassword(PASSWORD_MAX, PASSWORD_MIN)

const LOGIN_SCHEMA = z.object({ email, password })
const REGISTER_SCHEMA = z.object({ first_name: formText(100), last_name: formText(100), email, password: newPassword })

const KNOWN_ERRORS = new Set<AccountFieldError>(["required", "email", "tooLong", "characters", "passwordShort"])

export const readLoginForm = (form: FormData) => readForm<LoginField, AccountFieldError>(form, LOGIN_FIELDS, LOGIN_SCHEMA, KNOWN_ERRORS)
export const readRegisterForm = (form: FormData) => readForm<RegisterField, AccountFieldError>(form, REGISTER_FIELDS, REGISTER_SCHEMA, KNOWN_ERRORS)
