import { describe, expect, it } from "vitest"
import { hasCompleteAddress, medusaAddress, readAddressForm } from "../address"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}
const VALID = { email: " erika@example.org ", first_name: "Erika", last_name: "Musterfrau", address_1: "Grüner Markt 1", postal_code: "96047", city: "Bamberg" }

describe("readAddressForm", () => {
  it("accepts a complete German address, trimmed", () => {
    const read = readAddressForm(form(VALID))
    expect(read).toEqual({ ok: true, values: { ...VALID, email: "erika@example.org" } })
    if (read.ok) expect(medusaAddress(read.values)).toMatchObject({ country_code: "de", postal_code: "96047" })
  })

  it("names each missing field, and keeps what was typed", () => {
    const read = readAddressForm(form({ email: "erika@example.org", city: "  " }))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors).toEqual({ first_name: "required", last_name: "required", address_1: "required", postal_code: "required", city: "required" })
    expect(read.values.email).toBe("erika@example.org")
  })

  it("refuses postal codes that are not five digits", () => {
    for (const postal_code of ["9604", "960477", "96O47", "D-96047", "96 047"]) {
      const read = readAddressForm(form({ ...VALID, postal_code }))
      expect(read.ok, postal_code).toBe(false)
      if (!read.ok) expect(read.errors, postal_code).toEqual({ postal_code: "postalCode" })
    }
  })

  it("refuses e-mail addresses without @, domain dot or with spaces", () => {
    for (const email of ["erika", "erika@example", "erika @example.org", "@example.org"]) {
      const read = readAddressForm(form({ ...VALID, email }))
      if (read.ok) throw new Error(`accepted ${email}`)
      expect(read.errors.email).toBe("email")
    }
  })

  it("refuses control characters and the replacement character of a broken encoding, and overlong entries", () => {
    const nul = readAddressForm(form({ ...VALID, city: "Bam\u0000berg" }))
    const broken = readAddressForm(form({ ...VALID, last_name: "M\ufffdller" }))
    const long = readAddressForm(form({ ...VALID, address_1: "x".repeat(151) }))
    expect(nul.ok || nul.errors).toEqual({ city: "characters" })
    expect(broken.ok || broken.errors).toEqual({ last_name: "characters" })
    expect(long.ok || long.errors).toEqual({ address_1: "tooLong" })
  })
})

describe("hasCompleteAddress", () => {
  it("is true only for a cart with an e-mail and a whole address", () => {
    const { email, ...address } = VALID
    expect(hasCompleteAddress({ email: email.trim(), shipping_address: address })).toBe(true)
    expect(hasCompleteAddress({ email: null, shipping_address: address })).toBe(false)
    expect(hasCompleteAddress({ email: "erika@example.org", shipping_address: { ...address, postal_code: null } })).toBe(false)
    expect(hasCompleteAddress(null)).toBe(false)
  })
})
