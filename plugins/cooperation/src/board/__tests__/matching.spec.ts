import { describe, expect, it } from "vitest"
import { matchPosts, type BoardPost, type BoardProducer } from "../matching"

const NOW = new Date("2027-02-01T00:00:00Z")
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** A mill in Kulmbach needs rye; farms nearby and far offer it; a maltster offers malt. */
const producers = new Map<string, BoardProducer>([
  ["mill", { latitude: 50.1017, longitude: 11.4457, craft: "mill" }],
  ["farm-near", { latitude: 50.05, longitude: 11.5, craft: "farm" }],
  ["farm-far", { latitude: 49.45, longitude: 11.08, craft: "farm" }],
  ["brewery", { latitude: 49.8917, longitude: 10.8868, craft: "brewery" }],
  ["maltster", { latitude: 49.9, longitude: 10.9, craft: "maltster" }],
])
const post = (id: string, producer_id: string, kind: "offer" | "need", material: string, extra: Partial<BoardPost> = {}): BoardPost => ({
  id, producer_id, kind, material, craft: null, step: "mill", available_from: day("2027-03-01"), available_until: day("2027-09-30"), radius_km: 50, ...extra,
})

describe("matching offers and needs", () => {
  it("matches the same material for the same step within both radii, nearest first, whatever the spelling", () => {
    const needs = [post("need-rye", "mill", "need", "Roggen")]
    const offers = [post("offer-near", "farm-near", "offer", " roggen "), post("offer-far", "farm-far", "offer", "Roggen", { radius_km: 200 })]
    expect(matchPosts(needs, offers, producers, NOW).map((m) => m.offer_id)).toEqual(["offer-near"])
    // The far farm would go 200 km, but the mill only 50: no match; with the mill's 100, both, nearest first.
    expect(matchPosts([post("need-rye", "mill", "need", "Roggen", { radius_km: 100 })], offers, producers, NOW).map((m) => m.offer_id)).toEqual(["offer-near", "offer-far"])
  })

  it("does not match another step, another material, the producer itself, or windows that do not meet or have passed", () => {
    const need = post("need", "mill", "need", "Roggen")
    const cases: [string, BoardPost][] = [
      ["another step", post("o1", "farm-near", "offer", "Roggen", { step: "bake" })],
      ["another material", post("o2", "farm-near", "offer", "Weizen")],
      ["its own offer", post("o3", "mill", "offer", "Roggen")],
      ["a window before", post("o4", "farm-near", "offer", "Roggen", { available_from: day("2027-01-01"), available_until: day("2027-02-28") })],
      ["a window after", post("o5", "farm-near", "offer", "Roggen", { available_from: day("2027-10-01"), available_until: day("2027-12-31") })],
      ["a window passed", post("o6", "farm-near", "offer", "Roggen", { available_from: day("2026-01-01"), available_until: day("2027-01-15") })],
    ]
    for (const [label, offer] of cases) expect(matchPosts([need], [offer], producers, NOW), label).toEqual([])
    expect(matchPosts([need], [post("o7", "farm-near", "offer", "Roggen", { available_from: day("2027-09-30"), available_until: day("2027-12-31") })], producers, NOW)).toHaveLength(1)
  })

  it("lets a need ask for a craft: a maltster's offer meets a brewery's need for a small batch's malt of any name", () => {
    const need = post("need-malt", "brewery", "need", "Spezialmalz für einen Sud", { craft: "maltster", step: "brew" })
    const offers = [post("offer-malt", "maltster", "offer", "Rauchmalz", { step: "brew" }), post("offer-farm", "farm-near", "offer", "Gerste", { step: "brew" })]
    const [match, ...rest] = matchPosts([need], offers, producers, NOW)
    expect(rest).toEqual([])
    expect(match.offer_id).toBe("offer-malt")
    expect(match.distance_km).toBeGreaterThan(0)
    expect(match.distance_km).toBeLessThan(5)
  })
})
