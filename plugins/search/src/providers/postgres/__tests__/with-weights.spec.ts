import { withWeights } from "../service"

describe("weight-restricted tsquery texts", () => {
  it("restricts every lexeme, keeping prefixes, operators and doubled quotes", () => {
    expect(withWeights("'bier'", "A")).toBe("'bier':A")
    expect(withWeights("'rauch' & 'bier':*", "AB")).toBe("'rauch':AB & 'bier':*AB")
    expect(withWeights("( 'semmel' | 'weckla' ) & !'o''brien'", "ABC")).toBe("( 'semmel':ABC | 'weckla':ABC ) & !'o''brien':ABC")
    expect(withWeights("'rote' <-> 'bete'", "A")).toBe("'rote':A <-> 'bete':A")
  })
})
