import { describe, expect, it } from "vitest"
import { readLoginForm, readRegisterForm } from "../forms"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}
const REGISTER = { first_name: " Erika ", last_name: "Musterfrau", email: " Erika@Example.org ", password: " geheim 123 " }

describe("readRegisterForm", () => {
  it("accepts names, an e-mail (trimmed, lower case) and a password of eight characters or more, taken as typed", () => {
    expect(readRegisterForm(form(REGISTER))).toEqual({
      ok: true,
      values: { first_name: "Erika", last_name: "Musterfrau", email: "erika@example.org", password: " geheim 123 " },
    })
  })

  it("refuses a short password and a bad e-mail by their fields, and never echoes the password", () => {
    const read = readRegisterForm(form({ ...REGISTER, email: "erika@beispiel", password: "kurz" }))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors).toEqual({ email: "email", password: "passwordShort" })
    expect(read.values).toEqual({ first_name: "Erika", last_name: "Musterfrau", email: "erika@beispiel" })
    expect(JSON.stringify(read)).not.toContain("kurz")
  })

  it("names every missing field", () => {
    const read = readRegisterForm(form({}))
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors).toEqual({ first_name: "required", last_name: "required", email: "required", password: "required" })
  })

  it("refuses control characters, broken encodings and overlong input without echoing the password", () => {
    for (const [field, value, error] of [
      ["first_name", "Eri\u0000ka", "characters"],
      ["email", "erika\ufffd@example.org", "characters"],
      ["password", "geheim\u0000geheim", "characters"],
      ["password", "x".repeat(129), "tooLong"],
      ["last_name", "y".repeat(101), "tooLong"],
      ["email", `${"e".repeat(250)}@example.org`, "tooLong"],
    ] as const) {
      const read = readRegisterForm(form({ ...REGISTER, [field]: value }))
      expect(read.ok, field).toBe(false)
      if (read.ok) continue
      expect(read.errors, `${field} ${value.slice(0, 20)}`).toEqual({ [field]: error })
      expect("password" in read.values).toBe(false)
    }
  })
})

describe("readLoginForm", () => {
  it("takes any password that is not empty (the backend decides), and the e-mail in lower case", () => {
    expect(readLoginForm(form({ email: "ERIKA@example.org", password: "kurz" }))).toEqual({ ok: true, values: { email: "erika@example.org", password: "kurz" } })
  })

  it("keeps the e-mail for the form and drops the password", () => {
    const read = readLoginForm(form({ email: "keine-adresse", password: "" }))
    expect(read).toEqual({ ok: false, values: { email: "keine-adresse" }, errors: { email: "email", password: "required" } })
  })

  it("reads a field sent as a file as missing", () => {
    const data = form({ email: "erika@example.org" })
    data.set("password", new Blob(["geheim-geheim"]))
    const read = readLoginForm(data)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors).toEqual({ password: "required" })
  })
})
