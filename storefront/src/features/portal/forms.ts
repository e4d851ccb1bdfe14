import { z } from "astro/zod"
import { formLoginEmail, formPassword, formText, readForm } from "../../lib/form-fields"
import { CRAFT_KEYS, PROCESSING_STEP_KEYS, type Craft } from "../../lib/i18n"

/**
 * The portal's forms, read before anything reaches the backend: the same rules as the backend's
 * validators (plugins/producers/src/api/…/validators.ts), so a refusal is shown by the field in
 * the person's language rather than as a backend message.
 */

/** Why a field was refused; each has a message in both languages (PortalField.astro). */
export type PortalFieldError = "required" | "email" | "tooLong" | "tooShort" | "characters" | "passwordShort" | "postalCode" | "phone" | "choice"
const KNOWN_ERRORS = new Set<PortalFieldError>(["required", "email", "tooLong", "tooShort", "characters", "passwordShort", "postalCode", "phone", "choice"])

/** A producer's password: at least this long (the backend's rule for producer logins). */
export const PORTAL_PASSWORD_MIN = 10
export const PORTAL_PASSWORD_MAX = 200

const email = formLoginEmail
const password = formPassword(PORTAL_PASSWORD_MAX)
const newPassword = formPassword(PORTAL_PASSWORD_MAX, PORTAL_PASSWORD_MIN)
const choice = <T extends string>(values: readonly T[]) =>
  z.string().refine((value): value is T => (values as readonly string[]).includes(value), "choice") as unknown as z.ZodType<T>

export const APPLICATION_FIELDS = ["business_name", "craft", "town", "postal_code", "contact_name", "email", "phone", "about"] as const
export type ApplicationField = (typeof APPLICATION_FIELDS)[number]
/** How long "about" must be at least: a few sentences on what the business makes. */
export const ABOUT_MIN = 20
export const ABOUT_MAX = 2000

const APPLICATION_SCHEMA = z.object({
  business_name: formText(120).refine((value) => value.length >= 2, "tooShort"),
  craft: choice<Craft>(CRAFT_KEYS),
  town: formText(80).refine((value) => value.length >= 2, "tooShort"),
  postal_code: formText(10).refine((value) => /^\d{5}$/.test(value), "postalCode"),
  contact_name: formText(120).refine((value) => value.length >= 2, "tooShort"),
  email,
  // Optional: empty stays empty.
  phone: z
    .string()
    .trim()
    .max(30, "tooLong")
    .refine((value) => value === "" || /^\+?[0-9 ()/-]{5,30}$/.test(value), "phone"),
  about: z
    .string()
    .trim()
    .min(1, "required")
    .max(ABOUT_MAX, "tooLong")
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(value), "characters")
    .refine((value) => value.length >= ABOUT_MIN, "tooShort"),
})

export const LOGIN_FIELDS = ["email", "password"] as const
export const PASSWORD_FIELDS = ["password"] as const
export const EMAIL_FIELDS = ["email"] as const
export const INVITE_FIELDS = ["email", "role"] as const
export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export type PortalField = ApplicationField | "password" | "role"

export const readApplicationForm = (form: FormData) => readForm<ApplicationField, PortalFieldError>(form, APPLICATION_FIELDS, APPLICATION_SCHEMA, KNOWN_ERRORS)
export const readPortalLoginForm = (form: FormData) =>
  readForm<"email" | "password", PortalFieldError>(form, LOGIN_FIELDS, z.object({ email, password }), KNOWN_ERRORS)
export const readNewPasswordForm = (form: FormData) => readForm<"password", PortalFieldError>(form, PASSWORD_FIELDS, z.object({ password: newPassword }), KNOWN_ERRORS)
export const readEmailForm = (form: FormData) => readForm<"email", PortalFieldError>(form, EMAIL_FIELDS, z.object({ email }), KNOWN_ERRORS)
export const readInviteForm = (form: FormData) =>
  readForm<"email" | "role", PortalFieldError>(form, INVITE_FIELDS, z.object({ email, role: choice<MemberRole>(MEMBER_ROLES) }), KNOWN_ERRORS)

export const DECLARE_LINK_FIELDS = ["supplier_id", "material", "step"] as const
export type DeclareLinkField = (typeof DECLARE_LINK_FIELDS)[number]
const DECLARE_LINK_SCHEMA = z.object({
  supplier_id: z.string().refine((value) => /^[A-Za-z0-9_]{1,80}$/.test(value), "choice"),
  material: formText(80),
  step: choice(PROCESSING_STEP_KEYS),
})
/** A supplier named by the producer: who, what it supplies, and the step it does to it. */
export const readDeclareLinkForm = (form: FormData) => readForm<DeclareLinkField, PortalFieldError>(form, DECLARE_LINK_FIELDS, DECLARE_LINK_SCHEMA, KNOWN_ERRORS)
