import { describe, expect, it } from "vitest"
import { dashboardNotes } from "../dashboard"
import type { PortalProductSummary } from "../data"

const product = (id: string, status: string, stocks: (number | null)[], food = true): PortalProductSummary => ({
  id,
  handle: id,
  title: `Produkt ${id}`,
  status,
  thumbnail: null,
  variants: stocks.map((stock, i) => ({ id: `${id}-${i}`, title: `${i + 1} kg`, price: 5, net_quantity: 1000, net_unit: "g", stock })),
  food_information: food ? { ingredients: null, allergens: [], storage: { de: "Kühl lagern.", en: null }, date_marking: "best_before", alcohol_percent: null } : null,
})

describe("the dashboard's notes", () => {
  const now = new Date("2026-12-03T10:00:00Z")

  it("lists published pack sizes running low, fewest first; drafts and unlimited stock are left out", () => {
    const notes = dashboardNotes([product("a", "published", [3, 10, -2]), product("b", "draft", [0]), product("c", "published", [null, 1])], [], now)
    expect(notes.lowStock.map((line) => [line.productId, line.variant, line.stock])).toEqual([
      ["a", "3 kg", 0],
      ["c", "2 kg", 1],
      ["a", "1 kg", 3],
    ])
  })

  it("counts products without food information and claims expiring within 30 days", () => {
    const notes = dashboardNotes(
      [product("a", "published", [5], false), product("b", "draft", [5], false), product("c", "published", [5])],
      [
        { id: "1", label: "Bio", status: "verified", valid_until: "2026-12-20T00:00:00Z" },
        { id: "2", label: "Alt", status: "verified", valid_until: "2026-11-01T00:00:00Z" },
        { id: "3", label: "Später", status: "verified", valid_until: "2027-03-01T00:00:00Z" },
        { id: "4", label: "Abgelehnt", status: "rejected", valid_until: "2026-12-10T00:00:00Z" },
        { id: "5", label: "Ohne Ende", status: "pending", valid_until: null },
      ],
      now
    )
    expect(notes.withoutFoodInformation).toBe(2)
    expect(notes.expiringClaims.map((claim) => claim.label)).toEqual(["Bio"])
  })
})
