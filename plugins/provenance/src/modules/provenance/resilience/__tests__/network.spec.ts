import { describe, expect, it } from "vitest"
import { buildNetwork, singlePointsOfFailure, whatIf, type NetworkInput, type NetworkLink } from "../network"

/** Rye from a farm (two, when `secondFarm`) to a mill, the mill's flour to a bakery: bread ← flour ← rye. */
function ryeChain({ secondFarm = false } = {}) {
  const links: NetworkLink[] = [
    { id: "farm1-mill", supplier_id: "farm1", customer_id: "mill", material: "Roggen", step: "mill" },
    { id: "mill-bakery", supplier_id: "mill", customer_id: "bakery", material: "Roggenmehl", step: "bake" },
    // A farm that supplies nobody in this chain: closing it changes nothing here.
    { id: "farm3-dairy", supplier_id: "farm3", customer_id: "dairy", material: "Milch", step: "cheese_make" },
  ]
  const inputs: NetworkInput[] = [
    { product_id: "flour", link_id: "farm1-mill", input_product_id: null },
    { product_id: "bread", link_id: "mill-bakery", input_product_id: "flour" },
  ]
  if (secondFarm) {
    links.push({ id: "farm2-mill", supplier_id: "farm2", customer_id: "mill", material: "roggen", step: "mill" })
    inputs.push({ product_id: "flour", link_id: "farm2-mill", input_product_id: null })
  }
  const products = [
    { id: "flour", producer_id: "mill" },
    { id: "bread", producer_id: "bakery" },
  ]
  return { network: buildNetwork(links, inputs), products }
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
    const network = buildNetwork(
      [
        { id: "a-b", supplier_id: "a", customer_id: "b", material: "x", step: "cook" },
        { id: "b-a", supplier_id: "b", customer_id: "a", material: "y", step: "cook" },
      ],
      [
        { product_id: "pb", link_id: "a-b", input_product_id: "pa" },
        { product_id: "pa", link_id: "b-a", input_product_id: "pb" },
      ]
    )
    expect(singlePointsOfFailure(network, "pb").map((point) => point.link_id).sort()).toEqual(["a-b", "b-a"])
  })
})

describe("what if producers close", () => {
  it("loses the mill's flour and the bread made of it when the only farm closes", () => {
    const { network, products } = ryeChain()
    expect(whatIf(network, products, new Set(["farm1"]))).toEqual({ lost: ["flour", "bread"], can_switch: [], producers_hit: ["bakery", "mill"] })
  })

  it("lets both switch when another farm delivers the same rye", () => {
    const { network, products } = ryeChain({ secondFarm: true })
    expect(whatIf(network, products, new Set(["farm1"]))).toEqual({ lost: [], can_switch: ["flour", "bread"], producers_hit: ["bakery", "mill"] })
  })

  it("loses what the closed mill makes and what is made of it; the closed producer is not counted as hit", () => {
    const { network, products } = ryeChain({ secondFarm: true })
    expect(whatIf(network, products, new Set(["mill"]))).toEqual({ lost: ["flour", "bread"], can_switch: [], producers_hit: ["bakery"] })
  })

  it("changes nothing when a supplier of no one in the chain closes", () => {
    const { network, products } = ryeChain()
    expect(whatIf(network, products, new Set(["farm3"]))).toEqual({ lost: [], can_switch: [], producers_hit: [] })
  })
})
