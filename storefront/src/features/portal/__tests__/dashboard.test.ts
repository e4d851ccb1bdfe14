import { describe, expect, it } from "vitest"
import { expiringClaims } from "../dashboard"

describe("the dashboard's claims about to expire", () => {
  const now = new Date("2026-12-03T10:00:00Z")

  it("names claims ending within 30 days; past, later, rejected and open-ended ones are left out", () => {
    const claims = [
      { id: "1", label: "Bio", status: "verified", valid_until: "2026-12-20T00:00:00Z" },
      { id: "2", label: "Alt", status: "verified", valid_until: "2026-11-01T00:00:00Z" },
      { id: "3", label: "Später", status: "verified", valid_until: "2027-03-01T00:00:00Z" },
      { id: "4", label: "Abgelehnt", status: "rejected", valid_until: "2026-12-10T00:00:00Z" },
      { id: "5", label: "Ohne Ende", status: "pending", valid_until: null },
      { id: "6", label: "Genau 30 Tage", status: "pending", valid_until: "2027-01-02T10:00:00Z" },
    ]
    expect(expiringClaims(claims, now).map((claim) => claim.label)).toEqual(["Bio", "Genau 30 Tage"])
  })
})
