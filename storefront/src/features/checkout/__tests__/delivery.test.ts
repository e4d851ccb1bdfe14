import { describe, expect, it } from "vitest"
import {
  deliveryComplete,
  deliveryField,
  formatPickupHours,
  groupDelivery,
  readDeliveryForm,
  readShippingOption,
  type DeliveryOption,
} from "../delivery"

const option = (id: string, profileId: string, amount: number, extra: Record<string, unknown> = {}) =>
  readShippingOption({ id, name: id, amount, shipping_profile_id: profileId, ...extra })!
const baker = { handle: "baeckerei-koch", name: "Bäckerei Koch", town: "Bamberg", postal_code: "96047" }
const brewer = { handle: "brauerei-aecht", name: "Brauerei Aecht", town: "Bamberg", postal_code: "96049" }
const line = (id: string, producer: typeof baker | null, profileId: string | null, total: number) => ({ line: { id }, producer, profileId, total })

describe("readShippingOption", () => {
  it("reads a producer's pickup option with hours and address, leaving out malformed hours", () => {
    const read = readShippingOption({
      id: "so_pickup",
      name: "Abholung",
      amount: 0,
      shipping_profile_id: "sp_koch",
      type: { code: "pickup" },
      data: {
        pickup_hours: [
          { day: 2, opens: "14:00", closes: "18:00" },
          { day: 1, opens: "08:00", closes: "12:00" },
          { day: 8, opens: "08:00", closes: "12:00" },
          { day: 3, opens: "8 Uhr", closes: "12:00" },
        ],
      },
      service_zone: { fulfillment_set: { type: "pickup", location: { address: { address_1: "Lange Str. 3", postal_code: "96047", city: "Bamberg" } } } },
    })
    expect(read).toMatchObject({ id: "so_pickup", amount: 0, isPickup: true, typeCode: "pickup", minimumOrder: null })
    expect(read!.pickupHours).toEqual([
      { day: 2, opens: "14:00", closes: "18:00" },
      { day: 1, opens: "08:00", closes: "12:00" },
    ])
    expect(read!.pickupAddress).toEqual({ address_1: "Lange Str. 3", postal_code: "96047", city: "Bamberg" })
  })

  it("reads a weekly market's pickup: the market's address and hours, and which market it is", () => {
    const read = readShippingOption({
      id: "so_market",
      name: "Abholung am Markt: Samstagsmarkt",
      amount: 0,
      shipping_profile_id: "sp_koch",
      type: { code: "pickup" },
      data: {
        kind: "market_pickup",
        market: { event_id: "cevt_1", handle: "samstagsmarkt", title: "Samstagsmarkt", title_en: "Saturday market" },
        pickup_hours: [{ day: 6, opens: "07:00", closes: "12:30" }],
        pickup_address: { place_name: "Obstmarkt", address_1: "Obstmarkt", postal_code: "96047", city: "Bamberg" },
      },
      service_zone: { fulfillment_set: { type: "pickup", location: { address: { address_1: "Lange Str. 3", postal_code: "96047", city: "Bamberg" } } } },
    })
    expect(read).toMatchObject({ isPickup: true, market: { handle: "samstagsmarkt", title: "Samstagsmarkt", titleEn: "Saturday market" } })
    expect(read!.pickupAddress).toEqual({ address_1: "Obstmarkt", postal_code: "96047", city: "Bamberg" })
    expect(read!.pickupHours).toEqual([{ day: 6, opens: "07:00", closes: "12:30" }])
    // The producer's own pickup names no market, whatever else its data holds.
    expect(readShippingOption({ id: "so_p", shipping_profile_id: "sp", type: { code: "pickup" }, data: { market: { handle: "x", title: "X" } } })!.market).toBeNull()
  })

  it("reads a local delivery's minimum order, and refuses an option without id or profile", () => {
    expect(readShippingOption({ id: "so_d", amount: 4.5, shipping_profile_id: "sp", type: { code: "delivery" }, data: { minimum_order: 25 } })).toMatchObject({
      amount: 4.5,
      isPickup: false,
      minimumOrder: 25,
      pickupHours: [],
    })
    expect(readShippingOption({ id: "so_x", amount: 1 })).toBeNull()
    expect(readShippingOption(null)).toBeNull()
  })
})

describe("formatPickupHours", () => {
  const hours = [
    { day: 6, opens: "08:00", closes: "12:00" },
    { day: 1, opens: "14:00", closes: "18:00" },
    { day: 1, opens: "08:00", closes: "12:00" },
  ]
  it("lists days in order in the page's language, a day's openings together", () => {
    expect(formatPickupHours("de", hours)).toBe("Mo 08:00–12:00, 14:00–18:00 · Sa 08:00–12:00")
    expect(formatPickupHours("en", hours)).toBe("Mon 08:00–12:00, 14:00–18:00 · Sat 08:00–12:00")
  })
})

describe("groupDelivery", () => {
  it("puts every line under the shop's one option when there is only one profile (today's seed)", () => {
    const standard = option("so_standard", "sp_default", 5.9)
    const groups = groupDelivery([line("a", baker, null, 3), line("b", brewer, null, 7)], [standard], [])
    expect(groups).toHaveLength(1)
    expect(groups[0].producers.map((p) => p.name)).toEqual(["Bäckerei Koch", "Brauerei Aecht"])
    expect(groups[0].subtotal).toBe(10)
    expect(groups[0].selectedOptionId).toBe("so_standard")
    expect(groups[0].chosenOptionId).toBeNull()
    expect(deliveryComplete(groups)).toBe(false)
  })

  it("groups by shipping profile, one group per producer, options cheapest first and the cheapest preselected", () => {
    const options = [
      option("so_parcel_koch", "sp_koch", 6.9),
      option("so_pickup_koch", "sp_koch", 0),
      option("so_delivery_aecht", "sp_aecht", 3.5),
    ]
    const groups = groupDelivery([line("b", brewer, "sp_aecht", 7), line("a", baker, "sp_koch", 3), line("c", baker, "sp_koch", 2)], options, ["so_delivery_aecht"])
    expect(groups.map((g) => [g.key, g.producers[0].name, g.lines.length, g.subtotal])).toEqual([
      ["sp_koch", "Bäckerei Koch", 2, 5],
      ["sp_aecht", "Brauerei Aecht", 1, 7],
    ])
    expect(groups[0].options.map((o) => o.id)).toEqual(["so_pickup_koch", "so_parcel_koch"])
    expect(groups[0].selectedOptionId).toBe("so_pickup_koch")
    expect(groups[1].chosenOptionId).toBe("so_delivery_aecht")
    expect(deliveryComplete(groups)).toBe(false)
  })

  it("keeps a producer whose profile has no option (e.g. chilled goods outside the delivery area) as a group nothing can deliver", () => {
    const groups = groupDelivery([line("a", baker, "sp_koch", 3), line("b", brewer, "sp_aecht", 7)], [option("so_a", "sp_aecht", 3.5)], ["so_a"])
    const koch = groups.find((g) => g.key === "sp_koch")!
    expect(koch.options).toEqual([])
    expect(koch.selectedOptionId).toBeNull()
    expect(deliveryComplete(groups)).toBe(false)
  })

  it("is complete when each group has its method in the cart", () => {
    const options = [option("so_k", "sp_koch", 0), option("so_a", "sp_aecht", 3.5)]
    expect(deliveryComplete(groupDelivery([line("a", baker, "sp_koch", 3), line("b", brewer, "sp_aecht", 7)], options, ["so_k", "so_a"]))).toBe(true)
    expect(deliveryComplete([])).toBe(false)
  })
})


describe("readDeliveryForm", () => {
  const options = [option("so_k1", "sp_koch", 0), option("so_k2", "sp_koch", 6.9), option("so_a", "sp_aecht", 3.5)]
  const groups = groupDelivery([line("a", baker, "sp_koch", 3), line("b", brewer, "sp_aecht", 7)], options, [])
  const form = (fields: Record<string, string>) => {
    const data = new FormData()
    for (const [key, value] of Object.entries(fields)) data.set(key, value)
    return data
  }

  it("reads one choice per group", () => {
    expect(readDeliveryForm(form({ [deliveryField(groups[0])]: "so_k2", [deliveryField(groups[1])]: "so_a" }), groups)).toEqual({
      ok: true,
      optionIds: ["so_k2", "so_a"],
    })
  })

  it("refuses a missing choice, and an option of another group or one made up", () => {
    expect(readDeliveryForm(form({ [deliveryField(groups[0])]: "so_k1" }), groups)).toEqual({ ok: false, missing: ["sp_aecht"], unavailable: [] })
    expect(readDeliveryForm(form({ [deliveryField(groups[0])]: "so_a", [deliveryField(groups[1])]: "so_a'; drop" }), groups)).toEqual({
      ok: false,
      missing: ["sp_koch", "sp_aecht"],
      unavailable: [],
    })
  })

  it("refuses while a group has nothing to choose", () => {
    const blocked = groupDelivery([line("a", baker, "sp_koch", 3), line("b", brewer, "sp_aecht", 7)], [option("so_a", "sp_aecht", 3.5)], [])
    expect(readDeliveryForm(form({ [deliveryField(blocked[1])]: "so_a" }), blocked)).toEqual({ ok: false, missing: [], unavailable: ["sp_koch"] })
  })
})
