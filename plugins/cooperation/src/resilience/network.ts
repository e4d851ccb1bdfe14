import { distanceKm, type ProcessingStep } from "@genussnetz/provenance/modules/provenance"

/**
 * The regional network as the resilience questions see it (issue 14): the live supply links
 * (confirmed or verified, not ended), what goes into each product and where each business
 * sits, loaded once and asked in memory. Pure functions, so the answers can be checked on small
 * hand-built networks with known answers.
 */
export type NetworkLink = {
  id: string
  supplier_id: string
  customer_id: string
  material: string
  step: ProcessingStep
  /** Verified by the association (else confirmed by the supplier). */
  verified: boolean
}
/** A product's input through a link, optionally the supplier's own product (flour into bread). */
export type NetworkInput = { product_id: string; link_id: string; input_product_id: string | null }
/** A business of the network: where it is, and whether it lies in the region. */
export type NetworkProducer = { id: string; latitude: number; longitude: number; in_region: boolean }

export type Network = {
  links: Map<string, NetworkLink>
  inputsOf: Map<string, NetworkInput[]>
  /** Who delivers a material to a customer: `${customer}\u0000${material}` → supplier ids. */
  suppliersOf: Map<string, Set<string>>
  /** Who delivers a material to anyone: material → supplier id → whether one of those links is verified. */
  deliverersOf: Map<string, Map<string, boolean>>
  producers: Map<string, NetworkProducer>
}

const materialKey = (material: string) => material.trim().toLocaleLowerCase("de")
const supplyKey = (customerId: string, material: string) => `${customerId}\u0000${materialKey(material)}`

export function buildNetwork({ links, inputs, producers = [] }: { links: NetworkLink[]; inputs: NetworkInput[]; producers?: NetworkProducer[] }): Network {
  const network: Network = { links: new Map(), inputsOf: new Map(), suppliersOf: new Map(), deliverersOf: new Map(), producers: new Map() }
  for (const producer of producers) network.producers.set(producer.id, producer)
  for (const link of links) {
    network.links.set(link.id, link)
    const key = supplyKey(link.customer_id, link.material)
    const suppliers = network.suppliersOf.get(key) ?? new Set<string>()
    suppliers.add(link.supplier_id)
    network.suppliersOf.set(key, suppliers)
    const deliverers = network.deliverersOf.get(materialKey(link.material)) ?? new Map<string, boolean>()
    deliverers.set(link.supplier_id, deliverers.get(link.supplier_id) || link.verified)
    network.deliverersOf.set(materialKey(link.material), deliverers)
  }
  for (const input of inputs) {
    if (!network.links.has(input.link_id)) continue
    const list = network.inputsOf.get(input.product_id) ?? []
    list.push(input)
    network.inputsOf.set(input.product_id, list)
  }
  return network
}

/** A business that could deliver a material in place of the one that does. */
export type Alternative = {
  producer_id: string
  /** It already delivers this material to the same customer (a second source). */
  second_source: boolean
  /** One of its links of this material is verified by the association. */
  verified: boolean
  /** From the customer, in km (null where either end's place is unknown). */
  distance_km: number | null
}

/** How far from the customer an alternative may be (the "within a radius"). */
export const DEFAULT_REACH_KM = 50

/**
 * Who could deliver the link's material to its customer if its supplier did not: a second
 * source the customer already buys from, wherever it is; otherwise a business of the region
 * that delivers the same material to someone else, within `reachKm` of the customer. Never the
 * supplier itself, the customer, or a closed business. Second sources first, then verified, then
 * nearest. (Whether the alternative's own inputs survive a closure is not followed: it is named
 * as a business worth calling, not a proven chain.)
 */
export function alternativesFor(
  network: Network,
  link: Pick<NetworkLink, "supplier_id" | "customer_id" | "material">,
  { closed = new Set<string>(), reachKm = DEFAULT_REACH_KM }: { closed?: Set<string>; reachKm?: number } = {}
): Alternative[] {
  const customer = network.producers.get(link.customer_id)
  const secondSources = network.suppliersOf.get(supplyKey(link.customer_id, link.material)) ?? new Set<string>()
  const found: Alternative[] = []
  for (const [producerId, verified] of network.deliverersOf.get(materialKey(link.material)) ?? []) {
    if (producerId === link.supplier_id || producerId === link.customer_id || closed.has(producerId)) continue
    const producer = network.producers.get(producerId)
    const distance = customer && producer ? Math.round(distanceKm(customer, producer) * 10) / 10 : null
    const secondSource = secondSources.has(producerId)
    if (!secondSource && !(producer?.in_region && distance !== null && distance <= reachKm)) continue
    found.push({ producer_id: producerId, second_source: secondSource, verified, distance_km: distance })
  }
  return found.sort(
    (a, b) =>
      Number(b.second_source) - Number(a.second_source) ||
      Number(b.verified) - Number(a.verified) ||
      (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity) ||
      a.producer_id.localeCompare(b.producer_id)
  )
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

export type SinglePoint = {
  link_id: string
  supplier_id: string
  customer_id: string
  material: string
  step: ProcessingStep
  /** Businesses of the region that could step in (none is a second source, or this would be no single point). */
  alternatives: Alternative[]
}

/** A single point of failure of the network, with the products whose chains run through it. */
export type NetworkSinglePoint = SinglePoint & { product_ids: string[] }

/**
 * The suppliers whose loss breaks the products' chains: for each material on a product's input
 * graph, the supplier when no other one delivers the same material to the same customer; each
 * once, with the products that depend on it and the regional businesses that could step in.
 */
export function networkSinglePoints(network: Network, productIds: Iterable<string>, { reachKm = DEFAULT_REACH_KM } = {}): NetworkSinglePoint[] {
  const dependents = new Map<string, string[]>()
  for (const productId of productIds) {
    const linkIds = new Set(inputsOnGraph(network, productId).map((input) => input.link_id))
    for (const linkId of linkIds) {
      const link = network.links.get(linkId)!
      if ((network.suppliersOf.get(supplyKey(link.customer_id, link.material))?.size ?? 0) > 1) continue
      const list = dependents.get(linkId) ?? []
      list.push(productId)
      dependents.set(linkId, list)
    }
  }
  return [...dependents].map(([linkId, products]) => {
    const link = network.links.get(linkId)!
    return {
      link_id: link.id,
      supplier_id: link.supplier_id,
      customer_id: link.customer_id,
      material: link.material,
      step: link.step,
      alternatives: alternativesFor(network, link, { reachKm }),
      product_ids: products,
    }
  })
}

/** The single points of one product's chain (see networkSinglePoints). */
export function singlePointsOfFailure(network: Network, productId: string, options: { reachKm?: number } = {}): SinglePoint[] {
  return networkSinglePoints(network, [productId], options).map(({ product_ids: _, ...point }) => point)
}

export type Verdict = "lost" | "switch"
/** An input of an affected product that the closure cuts, and who could still deliver it. */
export type CutInput = { link_id: string; supplier_id: string; customer_id: string; material: string; alternatives: Alternative[] }
export type AffectedProduct = {
  product_id: string
  producer_id: string
  verdict: Verdict
  /** The maker itself closed (nothing to switch). */
  maker_closed: boolean
  /** The product's own inputs the closure cuts (directly, or because their input product is lost). */
  cut: CutInput[]
}
export type WhatIfAnswer = { lost: string[]; can_switch: string[]; producers_hit: string[]; affected: AffectedProduct[] }

/**
 * What if the `closed` producers stop: a product is lost when its maker is closed, or an input
 * is cut (its supplier closed, or its input product lost) with no one left to deliver that
 * material — neither a second source of the customer's nor a regional business within reach
 * (see alternativesFor); it can switch when every cut input has someone, or an input product
 * of it can. `products` names each product's maker; answers keep their order.
 */
export function whatIf(
  network: Network,
  products: { id: string; producer_id: string }[],
  closed: Set<string>,
  { reachKm = DEFAULT_REACH_KM } = {}
): WhatIfAnswer {
  const makerOf = new Map(products.map((product) => [product.id, product.producer_id]))
  const verdict = new Map<string, "ok" | Verdict>()
  const cutOf = new Map<string, CutInput[]>()
  const judging = new Set<string>()
  const judge = (productId: string): "ok" | Verdict => {
    const known = verdict.get(productId)
    if (known) return known
    // A cycle in the data: what is being judged counts as standing for the inputs that lead back to it.
    if (judging.has(productId)) return "ok"
    judging.add(productId)
    const cut: CutInput[] = []
    let result: "ok" | Verdict = closed.has(makerOf.get(productId) ?? "") ? "lost" : "ok"
    for (const input of result === "lost" ? [] : (network.inputsOf.get(productId) ?? [])) {
      const link = network.links.get(input.link_id)!
      const upstream = input.input_product_id ? judge(input.input_product_id) : "ok"
      if (!closed.has(link.supplier_id) && upstream !== "lost") {
        if (upstream === "switch" && result === "ok") result = "switch"
        continue
      }
      const alternatives = alternativesFor(network, link, { closed, reachKm })
      cut.push({ link_id: link.id, supplier_id: link.supplier_id, customer_id: link.customer_id, material: link.material, alternatives })
      result = alternatives.length ? (result === "lost" ? "lost" : "switch") : "lost"
    }
    judging.delete(productId)
    verdict.set(productId, result)
    cutOf.set(productId, cut)
    return result
  }
  for (const product of products) judge(product.id)
  const affected: AffectedProduct[] = products.flatMap((product) => {
    const result = verdict.get(product.id)
    if (!result || result === "ok") return []
    return [{ product_id: product.id, producer_id: product.producer_id, verdict: result, maker_closed: closed.has(product.producer_id), cut: cutOf.get(product.id) ?? [] }]
  })
  const lost = affected.filter((product) => product.verdict === "lost").map((product) => product.product_id)
  const canSwitch = affected.filter((product) => product.verdict === "switch").map((product) => product.product_id)
  const hit = new Set(affected.map((product) => product.producer_id).filter((id) => !closed.has(id)))
  return { lost, can_switch: canSwitch, producers_hit: [...hit].sort(), affected }
}
