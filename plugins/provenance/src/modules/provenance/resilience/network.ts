import type { ProcessingStep } from "../provenance-vocabulary"

/**
 * The regional network as the resilience questions see it (issue 14): live supply links and
 * what goes into each product, loaded once and asked in memory. Pure functions, so the answers
 * can be checked on small hand-built networks with known answers.
 */
export type NetworkLink = { id: string; supplier_id: string; customer_id: string; material: string; step: ProcessingStep }
/** A product's input through a link, optionally the supplier's own product (flour into bread). */
export type NetworkInput = { product_id: string; link_id: string; input_product_id: string | null }

export type Network = {
  links: Map<string, NetworkLink>
  inputsOf: Map<string, NetworkInput[]>
  /** Who delivers a material to a customer: `${customer}\u0000${material}` → supplier ids. */
  suppliersOf: Map<string, Set<string>>
}

const supplyKey = (customerId: string, material: string) => `${customerId}\u0000${material.toLocaleLowerCase("de")}`

export function buildNetwork(links: NetworkLink[], inputs: NetworkInput[]): Network {
  const network: Network = { links: new Map(), inputsOf: new Map(), suppliersOf: new Map() }
  for (const link of links) {
    network.links.set(link.id, link)
    const key = supplyKey(link.customer_id, link.material)
    const suppliers = network.suppliersOf.get(key) ?? new Set<string>()
    suppliers.add(link.supplier_id)
    network.suppliersOf.set(key, suppliers)
  }
  for (const input of inputs) {
    if (!network.links.has(input.link_id)) continue
    const list = network.inputsOf.get(input.product_id) ?? []
    list.push(input)
    network.inputsOf.set(input.product_id, list)
  }
  return network
}

/** Every input on a product's graph (its own and, through input products, theirs), each once; cycles in the data end. */
function inputsOnGraph(network: Network, productId: string): NetworkInput[] {
  const seen = new Set<string>([productId])
  const found: NetworkInput[] = []
  const queue = [productId]
  // Walked by index: shifting the array's head would copy it on every step of a large graph.
  for (let next = 0; next < queue.length; next++) {
    for (const input of network.inputsOf.get(queue[next]) ?? []) {
      found.push(input)
      if (input.input_product_id && !seen.has(input.input_product_id)) {
        seen.add(input.input_product_id)
        queue.push(input.input_product_id)
      }
    }
  }
  return found
}

export type SinglePoint = { link_id: string; supplier_id: string; customer_id: string; material: string; step: ProcessingStep }

/**
 * The suppliers whose loss breaks a product's chain: for each material on its input graph, the
 * supplier when no other one delivers the same material to the same customer.
 */
export function singlePointsOfFailure(network: Network, productId: string): SinglePoint[] {
  const points = new Map<string, SinglePoint>()
  for (const input of inputsOnGraph(network, productId)) {
    const link = network.links.get(input.link_id)!
    if ((network.suppliersOf.get(supplyKey(link.customer_id, link.material))?.size ?? 0) > 1) continue
    points.set(link.id, { link_id: link.id, supplier_id: link.supplier_id, customer_id: link.customer_id, material: link.material, step: link.step })
  }
  return [...points.values()]
}

export type WhatIfAnswer = { lost: string[]; can_switch: string[]; producers_hit: string[] }

/**
 * What if the `closed` producers stop: a product is lost when its maker is closed or an input on
 * its graph comes from a closed supplier (or from a lost input product) with no other supplier of
 * that material to that customer left open; it can switch when every such input has one.
 * `products` names each product's maker.
 */
export function whatIf(network: Network, products: { id: string; producer_id: string }[], closed: Set<string>): WhatIfAnswer {
  const makerOf = new Map(products.map((product) => [product.id, product.producer_id]))
  const verdict = new Map<string, "ok" | "switch" | "lost">()
  const judging = new Set<string>()
  const judge = (productId: string): "ok" | "switch" | "lost" => {
    const known = verdict.get(productId)
    if (known) return known
    // A cycle in the data: what is being judged counts as standing for the inputs that lead back to it.
    if (judging.has(productId)) return "ok"
    judging.add(productId)
    let result: "ok" | "switch" | "lost" = closed.has(makerOf.get(productId) ?? "") ? "lost" : "ok"
    for (const input of result === "lost" ? [] : (network.inputsOf.get(productId) ?? [])) {
      const link = network.links.get(input.link_id)!
      const upstream = input.input_product_id ? judge(input.input_product_id) : "ok"
      if (!closed.has(link.supplier_id) && upstream !== "lost") {
        if (upstream === "switch") result = "switch"
        continue
      }
      const others = [...(network.suppliersOf.get(supplyKey(link.customer_id, link.material)) ?? [])].filter(
        (supplier) => supplier !== link.supplier_id && !closed.has(supplier)
      )
      if (!others.length) {
        result = "lost"
        break
      }
      result = "switch"
    }
    judging.delete(productId)
    verdict.set(productId, result)
    return result
  }
  for (const product of products) judge(product.id)
  const lost = products.filter((product) => verdict.get(product.id) === "lost").map((product) => product.id)
  const canSwitch = products.filter((product) => verdict.get(product.id) === "switch").map((product) => product.id)
  const hit = new Set([...lost, ...canSwitch].map((id) => makerOf.get(id)!).filter((id) => !closed.has(id)))
  return { lost, can_switch: canSwitch, producers_hit: [...hit].sort() }
}
