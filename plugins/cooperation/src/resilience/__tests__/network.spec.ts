import { describe, expect, it } from "vitest"
import { alternativesFor, buildNetwork, hasAlternative, networkSinglePoints, singlePointsOfFailure, whatIf, type NetworkInput, type NetworkLink, type NetworkProducer, type WhatIfAnswer } from "../network"

/** Rye from a farm (two, when `secondFarm`) to a mill, the mill's flour to a bakery: bread ← flour ← rye. */
function ryeChain({ secondFarm = false } = {}) {
  const links: NetworkLink[] = [
    { id: "farm1-mill", supplier_id: "farm1", customer_id: "mill", material: "Roggen", step: "mill", verified: true },
    { id: "mill-bakery", supplier_id: "mill", customer_id: "bakery", material: "Roggenmehl", step: "bake", verified: false },
    // A farm that supplies nobody in this chain: closing it changes nothing here.
    { id: "farm3-dairy", supplier_id: "farm3", customer_id: "dairy", material: "Milch", step: "cheese_make", verified: false },
  ]
  const inputs: NetworkInput[] = [
    { product_id: "flour", link_id: "farm1-mill", input_product_id: null },
    { product_id: "bread", link_id: "mill-bakery", input_product_id: "flour" },
  ]
  if (secondFarm) {
    links.push({ id: "farm2-mill", supplier_id: "farm2", customer_id: "mill", material: "roggen", step: "mill", verified: false })
    inputs.push({ product_id: "flour", link_id: "farm2-mill", input_product_id: null })
  }
  const products = [
    { id: "flour", producer_id: "mill" },
    { id: "bread", producer_id: "bakery" },
  ]
  return { network: buildNetwork({ links, inputs }), products }
}

describe("single points of failure", () => {
  it("names every supplier of a chain that no one else could replace (a bridge)", () => {
    const { network } = ryeChain()
    expect(singlePointsOfFailure(network, "bread").map((point) => point.link_id).sort()).toEqual(["farm1-mill", "mill-bakery"])
  })

  it("leaves out a material two suppliers deliver to the same customer (a diamond), whatever its spelling", () => {
    const { network } = ryeChain({ secondFarm: true })
    expect(singlePointsOfFailure(network, "bread").map((point) => point.link_id)).toEqual(["mill-bakery"])
  })

  it("ends on a cycle in the data", () => {
    const network = buildNetwork({
      links: [
        { id: "a-b", supplier_id: "a", customer_id: "b", material: "x", step: "cook", verified: false },
        { id: "b-a", supplier_id: "b", customer_id: "a", material: "y", step: "cook", verified: false },
      ],
      inputs: [
        { product_id: "pb", link_id: "a-b", input_product_id: "pa" },
        { product_id: "pa", link_id: "b-a", input_product_id: "pb" },
      ],
    })
    expect(singlePointsOfFailure(network, "pb").map((point) => point.link_id).sort()).toEqual(["a-b", "b-a"])
  })
})

/** The verdicts without their detail. */
const summary = ({ lost, can_switch, producers_hit }: WhatIfAnswer) => ({ lost, can_switch, producers_hit })

describe("what if producers close", () => {
  it("loses the mill's flour and the bread made of it when the only farm closes", () => {
    const { network, products } = ryeChain()
    expect(summary(whatIf(network, products, new Set(["farm1"])))).toEqual({ lost: ["flour", "bread"], can_switch: [], producers_hit: ["bakery", "mill"] })
  })

  it("lets both switch when another farm delivers the same rye", () => {
    const { network, products } = ryeChain({ secondFarm: true })
    expect(summary(whatIf(network, products, new Set(["farm1"])))).toEqual({ lost: [], can_switch: ["flour", "bread"], producers_hit: ["bakery", "mill"] })
  })

  it("loses what the closed mill makes and what is made of it, whatever farms supply it (an articulation point); the closed producer is not counted as hit", () => {
    const { network, products } = ryeChain({ secondFarm: true })
    expect(summary(whatIf(network, products, new Set(["mill"])))).toEqual({ lost: ["flour", "bread"], can_switch: [], producers_hit: ["bakery"] })
  })

  it("changes nothing when a supplier of no one in the chain closes", () => {
    const { network, products } = ryeChain()
    expect(summary(whatIf(network, products, new Set(["farm3"])))).toEqual({ lost: [], can_switch: [], producers_hit: [] })
  })
})

/**
 * Rye flour in Upper Franconia: a bakery in Bayreuth buys from a mill in Kulmbach (about 20 km);
 * another mill in Bayreuth delivers the same flour to another bakery (verified); a mill in Munich
 * (outside the region) and one in Coburg (in the region, about 60 km from the bakery) deliver it too.
 */
function flourRegion() {
  const place = (id: string, latitude: number, longitude: number, in_region = true): NetworkProducer => ({ id, latitude, longitude, in_region })
  const producers = [
    place("bakery", 49.9456, 11.5713),
    place("mill-kulmbach", 50.1017, 11.4457),
    place("mill-bayreuth", 49.9301, 11.6003),
    place("bakery-bayreuth", 49.948, 11.58),
    place("mill-coburg", 50.2584, 10.9625),
    place("bakery-coburg", 50.26, 10.97),
    place("mill-munich", 48.1372, 11.5756, false),
    place("bakery-munich", 48.14, 11.58, false),
  ]
  const flour = (supplier: string, customer: string, verified = false): NetworkLink => ({
    id: `${supplier}>${customer}`, supplier_id: supplier, customer_id: customer, material: "Roggenmehl", step: "bake", verified,
  })
  const links = [
    flour("mill-kulmbach", "bakery"),
    flour("mill-bayreuth", "bakery-bayreuth", true),
    flour("mill-coburg", "bakery-coburg", true),
    flour("mill-munich", "bakery-munich", true),
  ]
  const inputs: NetworkInput[] = [{ product_id: "bread", link_id: "mill-kulmbach>bakery", input_product_id: null }]
  return { network: buildNetwork({ links, inputs, producers }), products: [{ id: "bread", producer_id: "bakery" }] }
}

describe("who could step in", () => {
  it("names businesses of the region delivering the same material within reach, verified first, then nearest; never one outside the region", () => {
    const { network } = flourRegion()
    const link = network.links.get("mill-kulmbach>bakery")!
    const named = (reachKm: number) => alternativesFor(network, link, { reachKm }).map((alternative) => alternative.producer_id)
    expect(named(50)).toEqual(["mill-bayreuth"])
    expect(named(100)).toEqual(["mill-bayreuth", "mill-coburg"])
    expect(named(1_000)).toEqual(["mill-bayreuth", "mill-coburg"])
    expect(named(1)).toEqual([])
    expect([hasAlternative(network, link), hasAlternative(network, link, { reachKm: 1 }), hasAlternative(network, link, { closed: new Set(["mill-bayreuth"]) })]).toEqual([true, false, false])
    expect(alternativesFor(network, link, { reachKm: 100, limit: 1 }).map((alternative) => alternative.producer_id)).toEqual(["mill-bayreuth"])
    const [bayreuth] = alternativesFor(network, link)
    expect(bayreuth).toMatchObject({ second_source: false, verified: true })
    expect(bayreuth.distance_km).toBeGreaterThan(1)
    expect(bayreuth.distance_km).toBeLessThan(5)
  })

  it("puts a second source the customer already buys from first, wherever it is", () => {
    const { network } = flourRegion()
    const links = [...network.links.values(), { id: "munich>bakery", supplier_id: "mill-munich", customer_id: "bakery", material: "Roggenmehl", step: "bake" as const, verified: false }]
    const withSecond = buildNetwork({ links, inputs: [], producers: [...network.producers.values()] })
    const alternatives = alternativesFor(withSecond, network.links.get("mill-kulmbach>bakery")!)
    expect(alternatives.map((alternative) => [alternative.producer_id, alternative.second_source])).toEqual([
      ["mill-munich", true],
      ["mill-bayreuth", false],
    ])
  })

  it("lists a single point of failure with the businesses that could step in", () => {
    const { network } = flourRegion()
    expect(singlePointsOfFailure(network, "bread").map((point) => [point.supplier_id, point.alternatives.map((a) => a.producer_id)])).toEqual([
      ["mill-kulmbach", ["mill-bayreuth"]],
    ])
  })

  it("lets the bread switch to the Bayreuth mill when Kulmbach's closes, and loses it when both close or none is within reach", () => {
    const { network, products } = flourRegion()
    const answer = whatIf(network, products, new Set(["mill-kulmbach"]))
    expect(summary(answer)).toEqual({ lost: [], can_switch: ["bread"], producers_hit: ["bakery"] })
    expect(answer.affected).toEqual([
      {
        product_id: "bread",
        producer_id: "bakery",
        verdict: "switch",
        maker_closed: false,
        cut: [{ link_id: "mill-kulmbach>bakery", supplier_id: "mill-kulmbach", customer_id: "bakery", material: "Roggenmehl", alternatives: [expect.objectContaining({ producer_id: "mill-bayreuth" })] }],
      },
    ])
    expect(summary(whatIf(network, products, new Set(["mill-kulmbach", "mill-bayreuth"])))).toEqual({ lost: ["bread"], can_switch: [], producers_hit: ["bakery"] })
    expect(summary(whatIf(network, products, new Set(["mill-kulmbach"]), { reachKm: 1 }))).toEqual({ lost: ["bread"], can_switch: [], producers_hit: ["bakery"] })
    // With Coburg's mill within reach, it steps in for both.
    expect(summary(whatIf(network, products, new Set(["mill-kulmbach", "mill-bayreuth"]), { reachKm: 100 }))).toEqual({ lost: [], can_switch: ["bread"], producers_hit: ["bakery"] })
  })
})

describe("the network's single points", () => {
  it("names each fragile link once, with every product whose chain runs through it", () => {
    const { network } = ryeChain({ secondFarm: true })
    const points = networkSinglePoints(network, ["flour", "bread"])
    expect(points.map((point) => [point.link_id, point.product_ids])).toEqual([["mill-bakery", ["bread"]]])
    const { network: single } = ryeChain()
    expect(networkSinglePoints(single, ["flour", "bread"]).map((point) => [point.link_id, point.product_ids])).toEqual([
      ["farm1-mill", ["flour", "bread"]],
      ["mill-bakery", ["bread"]],
    ])
  })
})
