import { describe, expect, it } from "vitest"
import { statementMonth } from "../handle-portal-request"
import { ibanInGroups, payoutFormValues, readPayoutForm, refusedPayoutField, type PayoutDetails } from "../payout-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("the payout details form", () => {
  it("sends the IBAN and VAT id without spaces, upper case; empty fields clear what was set", () => {
    const read = readPayoutForm(form({ account_holder: " Backstube Muster ", iban: "de89 3704 0044 0532 0130 00", vat_status: "small_business", vat_id: "" }))
    expect(read).toMatchObject({ ok: true, body: { account_holder: "Backstube Muster", iban: "DE89370400440532013000", vat_status: "small_business", vat_id: null } })
    expect(readPayoutForm(form({ account_holder: "", iban: "", vat_status: "standard", vat_id: "de 123456789" }))).toMatchObject({
      ok: true,
      body: { account_holder: null, iban: null, vat_id: "DE123456789" },
    })
  })

  it("refuses by field what cannot be an IBAN, a VAT id, a holder or a VAT status, keeping what was typed", () => {
    const read = readPayoutForm(form({ account_holder: "X", iban: "1234 5678", vat_status: "exempt", vat_id: "123" }))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors).toEqual({ account_holder: "tooShort", iban: "iban", vat_status: "choice", vat_id: "vatId" })
    expect(read.values.iban).toBe("1234 5678")
    expect(readPayoutForm(form({ account_holder: "Muster\u0000", iban: "", vat_status: "standard", vat_id: "" }))).toMatchObject({ ok: false, errors: { account_holder: "characters" } })
    expect(readPayoutForm(form({ account_holder: "M".repeat(71), iban: "", vat_status: "standard", vat_id: "" }))).toMatchObject({ ok: false, errors: { account_holder: "tooLong" } })
  })

  it("puts the backend's refusal of the check digits at the IBAN field, of the VAT id at its field, and leaves others to the notice", () => {
    expect(refusedPayoutField("Invalid request: iban has wrong check digits: please check it for a typo")).toEqual({ iban: "iban" })
    expect(refusedPayoutField("Invalid request: vat_id must be DE followed by nine digits")).toEqual({ vat_id: "vatId" })
    expect(refusedPayoutField("Only the producer's owner may do this")).toBeNull()
  })

  it("shows a stored IBAN in groups of four", () => {
    expect(ibanInGroups("DE89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00")
    const details: PayoutDetails = {
      payout_method: "bank_transfer",
      vat_status: "standard",
      vat_id: null,
      account_holder: null,
      iban: "DE89370400440532013000",
      stripe_connected: false,
      balances: [],
      missing_for_payout: ["account_holder"],
      ready_to_be_paid: false,
    }
    expect(payoutFormValues(details)).toEqual({ account_holder: "", iban: "DE89 3704 0044 0532 0130 00", vat_status: "standard", vat_id: "" })
  })
})

describe("the statement's month", () => {
  const now = new Date("2026-12-03T10:00:00Z")
  it("takes ?monat= when it names a month, with its first and last day; else the current month", () => {
    expect(statementMonth(new URL("http://x/portal/auszahlungen?monat=2024-02"), now)).toEqual({ month: "2024-02", from: "2024-02-01", to: "2024-02-29" })
    expect(statementMonth(new URL("http://x/portal/auszahlungen?monat=2026-11"), now)).toEqual({ month: "2026-11", from: "2026-11-01", to: "2026-11-30" })
    for (const bad of ["2026-13", "1999-12", "2026-1", "%00", "2026-11-01"]) {
      expect(statementMonth(new URL(`http://x/portal/auszahlungen?monat=${bad}`), now).month, bad).toBe("2026-12")
    }
    expect(statementMonth(new URL("http://x/portal/auszahlungen"), now)).toEqual({ month: "2026-12", from: "2026-12-01", to: "2026-12-31" })
  })
})
