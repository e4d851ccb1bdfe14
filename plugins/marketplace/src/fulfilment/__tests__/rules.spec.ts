import { cartShippingContext, isChilled, offerRules, refusalOf, type FulfilmentOffer } from ".."

const offer: FulfilmentOffer = {
  pickup: { hours: [{ day: 6, opens: "08:00", closes: "12:00" }] },
  delivery: { fee: 3.9, minimum_order: 20, postal_codes: ["96047", "96049"] },
  parcel: { fee: 5.9 },
}
const item = (profile: string, unit_price: number, quantity: number, chilled?: boolean | string) => ({
  unit_price,
  quantity,
  product: { shipping_profile: { id: profile }, metadata: chilled === undefined ? null : { chilled } },
})

describe("the cart's facts for the shipping option rules", () => {
  it("sums the goods per shipping profile and marks a profile chilled if any of its goods is", () => {
    const context = cartShippingContext({
      shipping_address: { postal_code: " 96047 " },
      items: [item("sp_a", 4.5, 2), item("sp_a", 3.1, 1, "true"), item("sp_b", 2.2, 3), null, { unit_price: 1, quantity: 1, product: null }],
    })
    expect(context).toEqual({
      shipping_postal_code: "96047",
      shipping_profiles: { sp_a: { item_total: 12.1, chilled: "true" }, sp_b: { item_total: 6.6, chilled: "false" } },
    })
  })

  it("knows chilled goods by their metadata flag only", () => {
    expect(isChilled({ metadata: { chilled: true } })).toBe(true)
    expect(isChilled({ metadata: { chilled: "true" } })).toBe(true)
    expect(isChilled({ metadata: { chilled: "false" } })).toBe(false)
    expect(isChilled({ metadata: {} })).toBe(false)
    expect(isChilled(null)).toBe(false)
  })
})

describe("rules and refusals", () => {
  const contextFor = (items: ReturnType<typeof item>[], postal_code = "96047") => cartShippingContext({ shipping_address: { postal_code }, items })

  it("keeps every way to carts holding its producer's goods", () => {
    for (const kind of ["pickup", "delivery", "parcel"] as const) {
      const refusal = refusalOf({ name: kind, rules: offerRules(kind, "sp_a", offer) }, contextFor([item("sp_b", 30, 1)]), "Hof A")
      expect(refusal, kind).toMatch(/holds none of them/)
    }
    expect(refusalOf({ name: "Abholung", rules: offerRules("pickup", "sp_a", offer) }, contextFor([item("sp_a", 1, 1, true)]), "Hof A")).toBeUndefined()
  })

  it("refuses parcel for chilled goods, and only for the producer that has them", () => {
    const rules = offerRules("parcel", "sp_a", offer)
    expect(refusalOf({ name: "Paket", rules }, contextFor([item("sp_a", 5, 1, true)]), "Metzgerei A")).toBe(
      "Chilled goods of Metzgerei A cannot be sent by parcel. Choose pickup or local delivery."
    )
    expect(refusalOf({ name: "Paket", rules }, contextFor([item("sp_a", 5, 1), item("sp_b", 5, 1, true)]), "Metzgerei A")).toBeUndefined()
  })

  it("delivers inside the area from the minimum order, and says which of the two is missing", () => {
    const rules = offerRules("delivery", "sp_a", offer)
    expect(refusalOf({ name: "Lieferung", rules }, contextFor([item("sp_a", 10, 2)]), "Bäckerei A")).toBeUndefined()
    expect(refusalOf({ name: "Lieferung", rules }, contextFor([item("sp_a", 10, 2)], "95028"), "Bäckerei A")).toContain("the postal code 95028 is outside it")
    expect(refusalOf({ name: "Lieferung", rules }, contextFor([item("sp_a", 9.99, 2)]), "Bäckerei A")).toBe(
      "Local delivery by Bäckerei A starts at an order of 20.00 EUR of its goods (now 19.98 EUR)."
    )
    expect(refusalOf({ name: "Lieferung", rules }, cartShippingContext({ items: [item("sp_a", 30, 1)] }), "Bäckerei A")).toMatch(/Enter the shipping address first/)
  })

  it("writes rules Medusa accepts: in-lists as arrays, everything else as a string", () => {
    for (const kind of ["pickup", "delivery", "parcel"] as const) {
      for (const rule of offerRules(kind, "sp_a", offer)) {
        expect(rule.operator === "in" ? Array.isArray(rule.value) : typeof rule.value === "string", `${kind} ${rule.attribute}`).toBe(true)
      }
    }
  })
})
