import { describe, expect, it } from "vitest"
import type { OrderPart } from "../data"
import { nextActions, pickList, pickListsByDay } from "../pick-list"

let next = 0
function part(status: OrderPart["status"], items: [string, string | null, number][], components: [string, string | null, number][] = [], kind = "parcel", createdAt = "2026-12-03T10:00:00.000Z"): OrderPart {
  next += 1
  return {
    id: `opart_${next}`,
    order_display_id: next,
    created_at: createdAt,
    currency_code: "eur",
    status,
    email: null,
    items: items.map(([title, variant_title, quantity], index) => ({ id: `item_${next}_${index}`, title, subtitle: null, variant_title, quantity, unit_price: 1, total: quantity })),
    components: components.map(([title, variant_title, quantity], index) => ({ line_item_id: `b_${next}_${index}`, bundle_title: "Paket", title, variant_title, quantity, total: 1 })),
    shipping_methods: [{ name: kind, amount: 0, kind, pickup_hours: null, pickup_address: null }],
    shipping_address: null,
  }
}

describe("the pick list", () => {
  it("sums each good and variant over the parts still to pack, components included, alphabetically", () => {
    const parts = [
      part("open", [["Roggenbrot", "1 kg", 2], ["Bauernbrot", null, 1]]),
      part("open", [["Roggenbrot", "1 kg", 1], ["Roggenbrot", "500 g", 3]], [["Bauernbrot", null, 2]]),
      part("fulfilled", [["Roggenbrot", "1 kg", 7]]),
      part("canceled", [["Bauernbrot", null, 5]]),
    ]
    expect(pickList(parts)).toEqual([
      { title: "Bauernbrot", variant_title: null, quantity: 3, parts: 2 },
      { title: "Roggenbrot", variant_title: "1 kg", quantity: 3, parts: 2 },
      { title: "Roggenbrot", variant_title: "500 g", quantity: 3, parts: 1 },
    ])
  })

  it("makes one list per day the open parts came in, Berlin time, newest day first", () => {
    const parts = [
      part("open", [["Roggenbrot", "1 kg", 2]], [], "parcel", "2026-12-03T22:30:00.000Z"), // 23:30 in Berlin: still the 3rd
      part("open", [["Roggenbrot", "1 kg", 1]], [], "parcel", "2026-12-03T23:30:00.000Z"), // 00:30 on the 4th
      part("open", [["Honig", null, 4]], [], "pickup", "2026-12-04T08:00:00.000Z"),
      part("fulfilled", [["Honig", null, 9]], [], "pickup", "2026-12-04T09:00:00.000Z"),
      part("open", [["Bauernbrot", null, 1]], [], "parcel", "2026-06-30T22:30:00.000Z"), // summer time: 00:30 on 1 July
    ]
    expect(pickListsByDay(parts)).toEqual([
      {
        day: "2026-12-04",
        parts: 2,
        lines: [
          { title: "Honig", variant_title: null, quantity: 4, parts: 1 },
          { title: "Roggenbrot", variant_title: "1 kg", quantity: 1, parts: 1 },
        ],
      },
      { day: "2026-12-03", parts: 1, lines: [{ title: "Roggenbrot", variant_title: "1 kg", quantity: 2, parts: 1 }] },
      { day: "2026-07-01", parts: 1, lines: [{ title: "Bauernbrot", variant_title: null, quantity: 1, parts: 1 }] },
    ])
  })

  it("is empty when nothing is open", () => {
    expect(pickList([part("shipped", [["Honig", null, 1]])])).toEqual([])
  })
})

describe("a part's next steps", () => {
  it("offers what the marketplace's transitions allow for the part's way", () => {
    expect(nextActions(part("open", []))).toEqual(["fulfil", "cancel"])
    expect(nextActions(part("fulfilled", []))).toEqual(["ship", "deliver"])
    expect(nextActions(part("ready_for_pickup", [], [], "pickup"))).toEqual(["deliver"])
    expect(nextActions(part("shipped", []))).toEqual(["deliver"])
    expect(nextActions(part("delivered", []))).toEqual([])
    expect(nextActions(part("canceled", []))).toEqual([])
  })
})
