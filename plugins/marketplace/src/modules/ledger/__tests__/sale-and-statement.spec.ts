import { lineRate, refundableOfPart, refundOfPart, remainingOfPart, saleOfPart } from "../sale"
import type { LedgerEntryKind } from "../models/ledger-entry"
import { statementCsv, summaryCsv, totalsOf } from "../statement"

const rates = { default_rate: 0.12, categories: { bier: 0.08, spirituosen: 0.15 } }

describe("a part's sale", () => {
  it("takes the producer's own rate first, then its category's (the highest), then the default", () => {
    expect(lineRate({ total: 10, tax_total: 0.65, category_handles: ["bier"] }, rates, 0.05)).toBe(0.05)
    expect(lineRate({ total: 10, tax_total: 0.65, category_handles: ["bier", "spirituosen"] }, rates, null)).toBe(0.15)
    expect(lineRate({ total: 10, tax_total: 0.65, category_handles: ["brot"] }, rates, undefined)).toBe(0.12)
    expect(lineRate({ total: 10, tax_total: 0.65, category_handles: ["bier"] }, rates, 0)).toBe(0)
  })

  it("takes commission on each rate's goods in cents, records a part's one rate exactly, and never takes it on shipping", () => {
    const lines = [1.05, 1.05, 1.05].map((total) => ({ total, tax_total: 0.07, category_handles: ["brot"] }))
    const sale = saleOfPart(lines, [{ total: 3.9, tax_total: 0.26 }], rates)
    // 3.15 × 12 % = 0.378 → 0.38 (line by line it would be 3 × 0.13 = 0.39).
    expect(sale.commission_total).toBe(0.38)
    expect(sale.commission_rate).toBe(0.12)
    expect(sale.payout_total).toBe(6.67)
  })

  it("mixes rates by category and records the rate the goods were charged at as a whole", () => {
    const sale = saleOfPart(
      [
        { total: 4.99, tax_total: 0.33, category_handles: ["brot"] },
        { total: 3.3, tax_total: 0.53, category_handles: ["bier"] },
      ],
      [{ total: 4.9, tax_total: 0.32 }],
      rates
    )
    // 4.99 × 12 % = 0.5988 → 0.60; 3.30 × 8 % = 0.264 → 0.26.
    expect(sale).toEqual({
      goods_total: 8.29,
      goods_tax_total: 0.86,
      shipping_total: 4.9,
      shipping_tax_total: 0.32,
      commission_total: 0.86,
      commission_rate: Number((0.86 / 8.29).toFixed(6)),
      payout_total: 12.33,
    })
  })
})

describe("payout statements", () => {
  const entry = (kind: LedgerEntryKind, goods: number, commission: number, payout: number) => ({
    created_at: "2026-12-02T10:00:00.000Z",
    order_display_id: 7,
    kind,
    goods_total: goods,
    goods_tax_total: goods * 0.07,
    shipping_total: 0,
    shipping_tax_total: 0,
    commission_rate: 0.12,
    commission_total: commission,
    payout_total: payout,
  })

  it("sums in cents", () => {
    expect(totalsOf([entry("sale", 0.1, 0.01, 0.09), entry("sale", 0.2, 0.02, 0.18)]).goods_total).toBe(0.3)
  })

  it("writes a German CSV: semicolons, decimal commas, the VAT status, a sum line", () => {
    const csv = statementCsv({ name: "Bäckerei \"Korn\"; Söhne", vat_status: "small_business" }, [entry("sale", 20, 2.4, 17.6), entry("refund", -5, -0.6, -4.4)])
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const rows = csv.slice(1).trim().split("\r\n")
    expect(rows).toHaveLength(4)
    expect(rows[1]).toBe('2026-12-02;7;Verkauf;"Bäckerei ""Korn""; Söhne";Kleinunternehmer (§ 19 UStG);20,00;1,40;0,00;0,00;12,00;2,40;17,60')
    expect(rows[2]).toContain(";Erstattung;")
    expect(rows[2]).toContain(";-5,00;")
    expect(rows[3]).toMatch(/^Summe;;;.*;15,00;.*;1,80;13,20$/)
  })

  it("names a void (a payment that failed after the order) as such, and it takes the sale out of the sums", () => {
    const rows = statementCsv({ name: "Hof", vat_status: "standard" }, [entry("sale", 20, 2.4, 17.6), entry("void", -20, -2.4, -17.6)]).slice(1).trim().split("\r\n")
    expect(rows[2]).toContain(";Storno (Zahlung fehlgeschlagen);")
    expect(rows[3]).toMatch(/;0,00;0,00$/)
  })

  it("never lets a spreadsheet read a name as a formula", () => {
    const csv = summaryCsv([{ producer_id: "p", name: "=HYPERLINK(\"x\")", vat_status: "standard", entries: 1, ...totalsOf([entry("sale", 1, 0.12, 0.88)]) }])
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv).not.toMatch(/(^|;)=HYPERLINK/m)
  })
})

describe("a part's refund", () => {
  // Three loaves at 1.05 (7 % VAT) and delivery at 3.90 (19 %), 12 %: commission 0.38.
  const sale = saleOfPart(
    [1.05, 1.05, 1.05].map((total) => ({ total, tax_total: 0.07, category_handles: ["brot"] })),
    [{ total: 3.9, tax_total: 0.62 }],
    rates
  )

  it("gives goods back first, at the sale's rate, with their share of the VAT", () => {
    const refund = refundOfPart(remainingOfPart([sale]), sale.commission_rate, 1.05)
    expect(refund).toEqual({
      goods_total: -1.05,
      goods_tax_total: -0.07,
      shipping_total: 0,
      shipping_tax_total: 0,
      commission_rate: 0.12,
      // 1.05 × 12 % = 0.126 → 0.13
      commission_total: -0.13,
      payout_total: -0.92,
    })
  })

  it("reverses the rate of the day the order was placed, not today's", () => {
    // The category's rate went up to 20 % since: the refund still reverses at 12 %.
    const refund = refundOfPart(remainingOfPart([sale]), sale.commission_rate, 2)
    expect(refund.commission_total).toBe(-0.24)
  })

  it("refunds shipping only with what exceeds the goods, and ends every line at zero when all is given back", () => {
    const first = refundOfPart(remainingOfPart([sale]), sale.commission_rate, 1.05)
    const rest = refundOfPart(remainingOfPart([sale, first]), sale.commission_rate, refundableOfPart(remainingOfPart([sale, first])))
    expect(rest.goods_total).toBe(-2.1)
    expect(rest.shipping_total).toBe(-3.9)
    expect(rest.shipping_tax_total).toBe(-0.62)
    const after = remainingOfPart([sale, first, rest])
    expect(after).toEqual({ goods_total: 0, goods_tax_total: 0, shipping_total: 0, shipping_tax_total: 0, commission_total: 0, payout_total: 0 })
  })

  it("refuses nothing, a negative amount and more than remains", () => {
    const remaining = remainingOfPart([sale])
    expect(() => refundOfPart(remaining, 0.12, 0)).toThrow(RangeError)
    expect(() => refundOfPart(remaining, 0.12, -1)).toThrow(RangeError)
    expect(() => refundOfPart(remaining, 0.12, 7.06)).toThrow(/at most 7.05/)
  })
})
