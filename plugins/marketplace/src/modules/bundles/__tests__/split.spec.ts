import { describe, expect, it } from "vitest"
import { sharesAddUp, splitBundleLine } from "../split"

describe("splitting a Genusspaket's line among its makers", () => {
  it("gives each maker its share in whole cents, adding up to the line exactly", () => {
    const pieces = splitBundleLine({ total: 29.9, tax_total: 1.96 }, [
      { variant_id: "bread", share: 1 / 3 },
      { variant_id: "sausage", share: 1 / 3 },
      { variant_id: "beer", share: 1 / 3 },
    ])
    expect(pieces.map((piece) => piece.total)).toEqual([9.96, 9.97, 9.97])
    expect(pieces.map((piece) => piece.tax_total)).toEqual([0.66, 0.65, 0.65])
    expect(pieces.reduce((sum, piece) => sum + Math.round(piece.total * 100), 0)).toBe(2990)
    expect(pieces.reduce((sum, piece) => sum + Math.round(piece.tax_total * 100), 0)).toBe(196)
    for (const piece of pieces) expect(piece.total.toFixed(2)).toBe(String(piece.total))
  })

  it("lets the largest share take the rounding rest", () => {
    const pieces = splitBundleLine({ total: 10, tax_total: 0.65 }, [
      { variant_id: "a", share: 0.333 },
      { variant_id: "b", share: 0.5 },
      { variant_id: "c", share: 0.167 },
    ])
    expect(pieces.map((piece) => piece.total)).toEqual([3.33, 5, 1.67])
    expect(pieces.map((piece) => piece.tax_total)).toEqual([0.22, 0.32, 0.11])
  })

  it("splits a refunded-to-nothing line into zeros, not -0", () => {
    const pieces = splitBundleLine({ total: 0, tax_total: 0 }, [
      { variant_id: "a", share: 0.4 },
      { variant_id: "b", share: 0.6 },
    ])
    expect(pieces.map((piece) => Object.is(piece.total, -0))).toEqual([false, false])
  })

  it("accepts shares only when each is above 0 and all add up to 1", () => {
    expect(sharesAddUp([0.4, 0.35, 0.25])).toBe(true)
    expect(sharesAddUp([1 / 3, 1 / 3, 1 / 3])).toBe(true)
    expect(sharesAddUp([0.5, 0.4])).toBe(false)
    expect(sharesAddUp([0, 1])).toBe(false)
    expect(sharesAddUp([1.2, -0.2])).toBe(false)
  })
})
