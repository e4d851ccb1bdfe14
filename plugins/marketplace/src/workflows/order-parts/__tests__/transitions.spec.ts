import { ORDER_PART_STATUSES } from "../../../modules/ledger/models/order-part"
import { nextStatus, ORDER_PART_ACTIONS } from "../transitions"

describe("where an order part can go", () => {
  it("packs a pickup part to wait for the shopper, any other to be shipped or handed over", () => {
    expect(nextStatus("fulfil", "open", "pickup")).toBe("ready_for_pickup")
    expect(nextStatus("fulfil", "open", "delivery")).toBe("fulfilled")
    expect(nextStatus("fulfil", "open", "parcel")).toBe("fulfilled")
    expect(nextStatus("ship", "fulfilled", "parcel")).toBe("shipped")
    for (const from of ["ready_for_pickup", "fulfilled", "shipped"] as const) expect(nextStatus("deliver", from, "delivery")).toBe("delivered")
  })

  it("cancels only before packing, and refunds in any status but cancelled without moving it", () => {
    expect(nextStatus("cancel", "open", "pickup")).toBe("canceled")
    for (const from of ["ready_for_pickup", "fulfilled", "shipped", "delivered"] as const) {
      expect(() => nextStatus("cancel", from, "parcel")).toThrow(/refund it instead/)
      expect(nextStatus("refund", from, "parcel")).toBe(from)
    }
  })

  it("never ships a pickup part, packs twice, hands over unpacked goods, or moves a cancelled part", () => {
    expect(() => nextStatus("ship", "ready_for_pickup", "pickup")).toThrow(/picked up by the shopper/)
    expect(() => nextStatus("fulfil", "fulfilled", "parcel")).toThrow(/already packed/)
    expect(() => nextStatus("deliver", "open", "delivery")).toThrow(/Pack this order part/)
    expect(() => nextStatus("deliver", "delivered", "delivery")).toThrow(/already handed over/)
    for (const action of ORDER_PART_ACTIONS) expect(() => nextStatus(action, "canceled", "parcel")).toThrow(/cancelled/)
  })

  it("answers every action from every status with a status or a refusal that says why", () => {
    for (const action of ORDER_PART_ACTIONS) {
      for (const status of ORDER_PART_STATUSES) {
        for (const kind of ["pickup", "delivery", "parcel", null]) {
          try {
            expect(ORDER_PART_STATUSES).toContain(nextStatus(action, status, kind))
          } catch (error) {
            expect((error as { type?: string }).type).toBe("not_allowed")
            expect((error as Error).message.length).toBeGreaterThan(10)
          }
        }
      }
    }
  })
})
