import { describe, expect, it } from "vitest"
import { netQuantity } from "../../../lib/format"
import { emphasisRuns } from "../food-information"

describe("the food information's words", () => {
  it("puts the allergens a producer enclosed in asterisks in runs of their own, the rest as written", () => {
    expect(emphasisRuns("*Roggen*mehl, Wasser, *Weizen*mehl")).toEqual([
      { text: "Roggen", emphasised: true },
      { text: "mehl, Wasser, ", emphasised: false },
      { text: "Weizen", emphasised: true },
      { text: "mehl", emphasised: false },
    ])
    expect(emphasisRuns("Kartoffeln")).toEqual([{ text: "Kartoffeln", emphasised: false }])
    // A stray asterisk stays visible rather than swallowing text.
    expect(emphasisRuns("Wasser, *Salz")).toEqual([{ text: "Wasser, *Salz", emphasised: false }])
    // Markup in a producer's words stays text: the page renders runs, never HTML.
    expect(emphasisRuns("*<b>Milch</b>*")).toEqual([{ text: "<b>Milch</b>", emphasised: true }])
  })

  it("writes net quantities as labels print them, in each language", () => {
    expect(netQuantity("de", { net_quantity: 500, net_unit: "g" })).toBe("500 g")
    expect(netQuantity("de", { net_quantity: 1500, net_unit: "g" })).toBe("1,5 kg")
    expect(netQuantity("en", { net_quantity: 1500, net_unit: "g" })).toBe("1.5 kg")
    expect(netQuantity("de", { net_quantity: 500, net_unit: "ml" })).toBe("0,5 l")
    expect(netQuantity("de", { net_quantity: 20, net_unit: "ml" })).toBe("20 ml")
    expect(netQuantity("de", { net_quantity: 6, net_unit: "piece" })).toBe("6 Stück")
    expect(netQuantity("en", { net_quantity: 1, net_unit: "piece" })).toBe("1 piece")
    expect(netQuantity("de", null)).toBeNull()
    expect(netQuantity("de", { net_quantity: 5, net_unit: "barrel" })).toBeNull()
  })
})
