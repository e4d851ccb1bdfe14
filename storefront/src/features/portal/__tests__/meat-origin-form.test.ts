import { describe, expect, it } from "vitest"
import { meatOriginFormValues, readMeatOriginForm, refusedMeatOriginField } from "../meat-origin-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const blank = { species: "", born_in: "", reared_in: "", slaughtered_in: "", slaughterhouse_approval_number: "", reference_number: "" }

describe("the meat origin form", () => {
  it("sends pork's two countries and leaves the beef fields out, typed or not", () => {
    const read = readMeatOriginForm(form({ ...blank, species: "pig", reared_in: " Deutschland ", slaughtered_in: "Deutschland", born_in: "Österreich" }))
    expect(read).toEqual({ ok: true, values: expect.any(Object), body: { species: "pig", reared_in: "Deutschland", slaughtered_in: "Deutschland" } })
  })

  it("needs born in, approval number and reference number for beef, and sends them", () => {
    const missing = readMeatOriginForm(form({ ...blank, species: "beef", reared_in: "Deutschland", slaughtered_in: "Deutschland" }))
    expect(missing).toMatchObject({ ok: false, errors: { born_in: "beefFields", slaughterhouse_approval_number: "beefFields", reference_number: "beefFields" } })
    const full = readMeatOriginForm(
      form({ species: "beef", born_in: "Deutschland", reared_in: "Deutschland", slaughtered_in: "Deutschland", slaughterhouse_approval_number: "DE BY 12345 EG", reference_number: "R-2026-17" })
    )
    expect(full).toMatchObject({ ok: true, body: { species: "beef", born_in: "Deutschland", slaughterhouse_approval_number: "DE BY 12345 EG", reference_number: "R-2026-17" } })
  })

  it("refuses an unknown species, missing countries, a NUL byte and overlong text by field", () => {
    const read = readMeatOriginForm(form({ ...blank, species: "horse", reared_in: "D\u0000E", slaughtered_in: "x".repeat(61) }))
    expect(read).toMatchObject({ ok: false, errors: { species: "choice", reared_in: "characters", slaughtered_in: "tooLong" } })
    expect(readMeatOriginForm(form({ ...blank, species: "goat" }))).toMatchObject({ ok: false, errors: { reared_in: "required", slaughtered_in: "required" } })
  })

  it("puts the backend's refusal of the approval number at its field and shows a stored origin", () => {
    expect(refusedMeatOriginField("Invalid request: Expected an approval number like DE BY 12345 EG")).toEqual({ slaughterhouse_approval_number: "approvalNumber" })
    expect(refusedMeatOriginField("Product was not found")).toBeNull()
    expect(meatOriginFormValues({ species: "pig", born_in: null, reared_in: "DE", slaughtered_in: "DE", slaughterhouse_approval_number: null, reference_number: null })).toEqual({
      ...blank,
      species: "pig",
      reared_in: "DE",
      slaughtered_in: "DE",
    })
  })
})
