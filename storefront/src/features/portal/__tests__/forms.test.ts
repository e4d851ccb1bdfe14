import { describe, expect, it } from "vitest"
import { readApplicationForm, readInviteForm, readNewPasswordForm, readPortalLoginForm } from "../forms"

const formOf = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.set(key, value)
  return form
}
const APPLICATION = {
  business_name: "Backstube am Mühlbach",
  craft: "bakery",
  town: "Kulmbach",
  postal_code: "95326",
  contact_name: "Eva Beispiel",
  email: "Eva@Backstube.Example",
  phone: "",
  about: "Wir backen Roggenbrot mit Mehl aus der Mühle nebenan.",
}

describe("the application form", () => {
  it("takes a complete application, the address in lower case, an empty phone as empty", () => {
    const read = readApplicationForm(formOf(APPLICATION))
    expect(read).toEqual({ ok: true, values: { ...APPLICATION, email: "eva@backstube.example" } })
  })

  it("names each wrong field by its first refusal and echoes what was typed", () => {
    const read = readApplicationForm(
      formOf({ ...APPLICATION, business_name: "B", craft: "shipyard", postal_code: "9532", email: "no-address", phone: "call me", about: "Brot." })
    )
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors).toEqual({ business_name: "tooShort", craft: "choice", postal_code: "postalCode", email: "email", phone: "phone", about: "tooShort" })
    expect(read.values.business_name).toBe("B")
    expect(read.values.town).toBe("Kulmbach")
  })

  it("refuses missing fields as required and control characters as unreadable", () => {
    const read = readApplicationForm(formOf({ town: "Hof\u0000" }))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors.business_name).toBe("required")
    expect(read.errors.town).toBe("characters")
    expect(read.errors.phone).toBeUndefined()
  })

  it("keeps line breaks in what the business makes, but no other control character", () => {
    expect(readApplicationForm(formOf({ ...APPLICATION, about: "Roggenbrot und Brezen.\r\nJeden Samstag am Markt." })).ok).toBe(true)
    const read = readApplicationForm(formOf({ ...APPLICATION, about: "Roggenbrot und Brezen.\u0007 Jeden Samstag." }))
    expect(read.ok ? null : read.errors.about).toBe("characters")
  })
})

describe("the portal's password and team forms", () => {
  it("wants a new password of at least 10 characters, taken as typed and never echoed", () => {
    expect(readNewPasswordForm(formOf({ password: "kurz12345" }))).toEqual({ ok: false, values: {}, errors: { password: "passwordShort" } })
    expect(readNewPasswordForm(formOf({ password: "  ein langes Passwort  " }))).toEqual({ ok: true, values: { password: "  ein langes Passwort  " } })
  })

  it("logs in with any password (the backend judges it), but not with an empty one", () => {
    expect(readPortalLoginForm(formOf({ email: "a@b.de", password: "x" })).ok).toBe(true)
    const read = readPortalLoginForm(formOf({ email: "a@b.de", password: "" }))
    expect(read).toEqual({ ok: false, values: { email: "a@b.de" }, errors: { password: "required" } })
  })

  it("invites as owner or staff only", () => {
    expect(readInviteForm(formOf({ email: "neu@hof.example", role: "staff" })).ok).toBe(true)
    const read = readInviteForm(formOf({ email: "neu@hof.example", role: "admin" }))
    expect(read.ok ? null : read.errors).toEqual({ role: "choice" })
  })
})
