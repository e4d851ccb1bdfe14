import { z } from "astro/zod"
import { firstErrors, formEmail, formText } from "../../lib/form-fields"

/** The address form's fields, in the order the form shows them (names as Medusa's address has them). */
export const ADDRESS_FIELDS = ["email", "first_name", "last_name", "address_1", "postal_code", "city"] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]
export type AddressValues = Record<AddressField, string>

/** Why a field was refused; each has a message in both languages (`addressErrorText`). */
export type AddressError = "required" | "email" | "postalCode" | "tooLong" | "characters"

/** The shop delivers within Germany only: the country is not a choice. */
export const SHOP_COUNTRY = "de"

const ADDRESS_SCHEMA = z.object({
  email: formEmail,
  first_name: formText(100),
  last_name: formText(100),
  address_1: formText(150),
  postal_code: z
    .string()
    .trim()
    .min(1, "required")
    .refine((value) => /^\d{5}$/.test(value), "postalCode"),
  city: formText(100),
})

export type AddressForm =
  | { ok: true; values: AddressValues }
  | { ok: false; values: AddressValues; errors: Partial<Record<AddressField, AddressError>> }

const KNOWN_ERRORS = new Set<AddressError>(["required", "email", "postalCode", "tooLong", "characters"])

/**
 * Reads the address form without touching the backend: every field trimmed and checked, each
 * refusal named per field (the first one found), the values kept so the form can show them again.
 */
export function readAddressForm(form: FormData): AddressForm {
  const values = Object.fromEntries(
    ADDRESS_FIELDS.map((field) => {
      const value = form.get(field)
      // Long junk is cut for the echo; the check below still sees it as too long.
      return [field, typeof value === "string" ? value.trim().slice(0, 300) : ""]
    })
  ) as AddressValues
  const result = ADDRESS_SCHEMA.safeParse(values)
  if (result.success) return { ok: true, values: result.data }
  return { ok: false, values, errors: firstErrors<AddressField, AddressError>(result.error.issues, KNOWN_ERRORS) }
}

/** The address as Medusa's cart takes it, for shipping and billing alike. */
export function medusaAddress(values: AddressValues) {
  return {
    first_name: values.first_name,
    last_name: values.last_name,
    address_1: values.address_1,
    postal_code: values.postal_code,
    city: values.city,
    country_code: SHOP_COUNTRY,
  }
}

type CartAddressLike = {
  email?: string | null
  shipping_address?: Partial<Record<Exclude<AddressField, "email">, string | null>> | null
}

/** What the cart already holds, to fill the form (empty strings where nothing is known). */
export function addressValuesOf(cart: CartAddressLike | null | undefined): AddressValues {
  const address = cart?.shipping_address ?? {}
  return {
    email: cart?.email ?? "",
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    address_1: address.address_1 ?? "",
    postal_code: address.postal_code ?? "",
    city: address.city ?? "",
  }
}

/** Whether the cart holds everything the address step asks for (the later steps need it). */
export const hasCompleteAddress = (cart: CartAddressLike | null | undefined) => readAddressFormValues(addressValuesOf(cart))

function readAddressFormValues(values: AddressValues): boolean {
  return ADDRESS_SCHEMA.safeParse(values).success
}
