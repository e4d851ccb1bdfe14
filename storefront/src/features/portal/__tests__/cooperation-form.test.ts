import { describe, expect, it } from "vitest"
import { readCooperationForm, readOutletForm, refusedCooperationField } from "../cooperation-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}
const TODAY = "2027-02-01"
const need = {
  kind: "need", material: "Roggen", craft: "", step: "mill", quantity: "200", unit: "kg", rhythm: "week",
  available_from: "2027-03-01", available_until: "2027-09-30", radius_km: "50", note: "",
}

describe("readCooperationForm", () => {
  it("sends a need as the backend reads it: numbers as numbers, empty optional fields left out, a comma as a decimal point", () => {
    const read = readCooperationForm(form({ ...need, quantity: "2,5", unit: "t" }), TODAY)
    expect(read).toEqual({
      ok: true,
      values: expect.any(Object),
      body: { kind: "need", material: "Roggen", step: "mill", quantity: 2.5, unit: "t", rhythm: "week", available_from: "2027-03-01", available_until: "2027-09-30", radius_km: 50 },
    })
  })

  it("refuses a window in the past, one ending before it starts, and one of more than two years", () => {
    expect(readCooperationForm(form({ ...need, available_from: "2026-06-01", available_until: "2027-01-31" }), TODAY)).toMatchObject({ ok: false, errors: { available_until: "datePast" } })
    expect(readCooperationForm(form({ ...need, available_from: "2027-09-30", available_until: "2027-03-01" }), TODAY)).toMatchObject({ ok: false, errors: { available_until: "dateOrder" } })
    expect(readCooperationForm(form({ ...need, available_until: "2029-03-01" }), TODAY)).toMatchObject({ ok: false, errors: { available_until: "datePast" } })
    expect(readCooperationForm(form({ ...need, available_from: "2027-02-30" }), TODAY)).toMatchObject({ ok: false, errors: { available_from: "date" } })
  })

  it("refuses a quantity of 0 or less or not a number, a radius beyond 300 km, and a craft on an offer", () => {
    for (const quantity of ["0", "-5", "abc", "1e9"]) {
      expect(readCooperationForm(form({ ...need, quantity }), TODAY), quantity).toMatchObject({ ok: false, errors: { quantity: "number" } })
    }
    expect(readCooperationForm(form({ ...need, quantity: "" }), TODAY)).toMatchObject({ ok: false, errors: { quantity: "required" } })
    expect(readCooperationForm(form({ ...need, radius_km: "500" }), TODAY)).toMatchObject({ ok: false, errors: { radius_km: "number" } })
    expect(readCooperationForm(form({ ...need, kind: "offer", craft: "farm" }), TODAY)).toMatchObject({ ok: false, errors: { craft: "choice" } })
    expect(readCooperationForm(form({ ...need, craft: "maltster" }), TODAY)).toMatchObject({ ok: true, body: { craft: "maltster" } })
  })

  it("refuses an unknown step, kind or unit, a missing material and control characters", () => {
    const read = readCooperationForm(form({ ...need, kind: "gift", step: "zaubern", unit: "sack", material: "", note: "Hallo\u0000" }), TODAY)
    expect(!read.ok && read.errors).toEqual({ kind: "choice", step: "choice", unit: "choice", material: "required", note: "characters" })
  })

  it("brings the backend's unknown material back to its field", () => {
    expect(refusedCooperationField('Unknown material "Einhornmilch": name one the network\'s supply links name')).toEqual({ material: "material" })
    expect(refusedCooperationField("Producer was not found")).toBeNull()
  })
})

describe("readOutletForm", () => {
  const outlet = (fields: Record<string, string>) => readOutletForm(form({ outlet_name: "Hofladen", outlet_kind: "farm_shop", outlet_revenue: "1250,5", ...fields }))

  it("sends an outlet with its monthly revenue in euros, a comma as a decimal point", () => {
    expect(outlet({})).toMatchObject({ ok: true, body: { name: "Hofladen", kind: "farm_shop", monthly_revenue: 1250.5 } })
  })

  it("refuses a missing name, an unknown kind, a negative amount or one beyond cents", () => {
    expect(outlet({ outlet_name: "", outlet_kind: "castle", outlet_revenue: "-5" })).toMatchObject({ ok: false, errors: { outlet_name: "required", outlet_kind: "choice", outlet_revenue: "number" } })
    expect(outlet({ outlet_revenue: "12,345" })).toMatchObject({ ok: false, errors: { outlet_revenue: "number" } })
    expect(outlet({ outlet_revenue: "" })).toMatchObject({ ok: false, errors: { outlet_revenue: "required" } })
  })
})
