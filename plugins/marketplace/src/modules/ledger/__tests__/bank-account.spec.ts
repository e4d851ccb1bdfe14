import { compactIban, ibanOf, ibanProblem, maskedIban, vatIdProblem } from "../bank-account"

describe("a producer's bank account", () => {
  it("accepts IBANs whose check digits and length fit their country (the registry's published examples)", () => {
    for (const iban of ["DE89 3704 0044 0532 0130 00", "AT61 1904 3002 3457 3201", "GB82 WEST 1234 5698 7654 32", "NL91ABNA0417164300"]) {
      expect(ibanProblem(compactIban(iban)), iban).toBeNull()
    }
  })

  it("names what is wrong: a typo (one digit changed, two swapped), a wrong length, a country outside SEPA, no IBAN at all", () => {
    expect(ibanProblem("DE89370400440532013001")).toMatch(/check digits/)
    expect(ibanProblem("DE89370400440532010300")).toMatch(/check digits/)
    expect(ibanProblem("DE8937040044053201300")).toMatch(/22 characters/)
    expect(ibanProblem("US64SVBKUS6S3300958879")).toMatch(/SEPA/)
    expect(ibanProblem("12345678")).toMatch(/two letters/)
    expect(ibanProblem("")).toMatch(/two letters/)
  })

  it("computes the check digits of an invented account so that it passes (the seed's accounts, bank code 00000000: no German bank has it)", () => {
    const iban = ibanOf("DE", "000000000000000042")
    expect(iban).toMatch(/^DE\d{2}000000000000000042$/)
    expect(ibanProblem(iban)).toBeNull()
    expect(ibanOf("DE", "370400440532013000")).toBe("DE89370400440532013000")
  })

  it("shows others only the country and the last four characters", () => {
    expect(maskedIban("DE89370400440532013000")).toBe("DE•• •••• 3000")
  })

  it("checks VAT ids: German ones as DE and nine digits, others by the EU's format", () => {
    expect(vatIdProblem("DE123456789")).toBeNull()
    expect(vatIdProblem("ATU12345678")).toBeNull()
    expect(vatIdProblem("DE12345678")).toMatch(/nine digits/)
    expect(vatIdProblem("US123456789")).toMatch(/EU VAT/)
  })
})
