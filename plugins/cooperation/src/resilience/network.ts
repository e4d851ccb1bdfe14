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
  /** The other way round, for what a closure reaches: a supplier's links, a link's products, a product's products. */
  linksFrom: Map<string, string[]>
  usedThrough: Map<string, string[]>
  goesInto: Map<string, string[]>
}

// Lower-casing with the German locale is slow, and a network names a few hundred materials in
// 100,000 links: each spelling is folded once.
const materialKeys = new Map<string, string>()
/** A material as matching compares it: whatever its case and surrounding spaces ("Roggen", " roggen "). */
export const materialKey = (material: string) => {
  let key = materialKeys.get(material)
  if (key === undefined) {
    key = material.trim().toLocaleLowerCase("de")
    if (materialKeys.size < 100_000) materialKeys.set(material, key)
  }
  return key
}
const supplyKey = (customerId: string, material: string) => `${customerId}\u0000${materialKey(material)}`

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function buildNetwork({ links, inputs, producers = [] }: { links: NetworkLink[]; inputs: NetworkInput[]; producers?: NetworkProducer[] }): Network {
  const network: Network = {
    links: new Map(),
    inputsOf: new Map(),
    suppliersOf: new Map(),
    deliverersOf: new Map(),
    producers: new Map(),
    linksFrom: new Map(),
    usedThrough: new Map(),
    goesInto: new Map(),
  }
  for (const producer of producers) network.producers.set(producer.id, producer)
  for (const link of links) {
    network.links.set(link.id, link)
    push(network.linksFrom, link.supplier_id, link.id)
    const key = supplyKey(link.customer_id, link.material)
    const suppliers = network.suppliersOf.get(key)
    if (suppliers) suppliers.add(link.supplier_id)
    else network.suppliersOf.set(key, new Set([link.supplier_id]))
    const material = materialKey(link.material)
    const deliverers = network.deliverersOf.get(material)
    if (deliverers) deliverers.set(link.supplier_id, deliverers.get(link.supplier_id) || link.verified)
    else network.deliverersOf.set(material, new Map([[link.supplier_id, link.verified]]))
  }
  for (const input of inputs) {
    if (!network.links.has(input.link_id)) continue
    push(network.inputsOf, input.product_id, input)
    push(network.usedThrough, input.link_id, input.product_id)
    if (input.input_product_id) push(network.goesInto, input.input_product_id, input.product_id)
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

/** How many alternatives an answer names for one link: the best, not every mill of the region. */
export const ALTERNATIVES_NAMED = 5

/** Second sources first, then verified, then nearest (then by id, so answers are stable). */
const betterAlternative = (a: Alternative, b: Alternative) =>
  Number(b.second_source) - Number(a.second_source) ||
  Number(b.verified) - Number(a.verified) ||
  (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity) ||
  a.producer_id.localeCompare(b.producer_id)

/**
 * Who could deliver the link's material to its customer if its supplier did not: a second
 * source the customer already buys from, wherever it is; otherwise a business of the region
 * that delivers the same material to someone else, within `reachKm` of the customer. Never the
 * supplier itself, the customer, or a closed business. The best `limit` (see betterAlternative).
 * (Whether the alternative's own inputs survive a closure is not followed: it is named as a
 * business worth calling, not a proven chain.)
 */
export function alternativesFor(
  network: Network,
  link: Pick<NetworkLink, "supplier_id" | "customer_id" | "material">,
  { closed = new Set<string>(), reachKm = DEFAULT_REACH_KM, limit = ALTERNATIVES_NAMED }: { closed?: Set<string>; reachKm?: number; limit?: number } = {}
): Alternative[] {
  const customer = network.producers.get(link.customer_id)
  const secondSources = network.suppliersOf.get(supplyKey(link.customer_id, link.material)) ?? new Set<string>()
  // The best so far, best first: a region's hundred mills are compared, not sorted and kept.
  const best: Alternative[] = []
  // A degree of latitude is 111 km, of longitude less: a business further north or south than the
  // reach is out without the great-circle sum.
  const latitudeReach = reachKm / 111
  for (const [producerId, verified] of network.deliverersOf.get(materialKey(link.material)) ?? []) {
    if (producerId === link.supplier_id || producerId === link.customer_id || closed.has(producerId)) continue
    const secondSource = secondSources.has(producerId)
    const producer = network.producers.get(producerId)
    if (!secondSource && (!producer?.in_region || !customer || Math.abs(producer.latitude - customer.latitude) > latitudeReach)) continue
    const distance = customer && producer ? Math.round(distanceKm(customer, producer) * 10) / 10 : null
    if (!secondSource && !(distance !== null && distance <= reachKm)) continue
    const candidate = { producer_id: producerId, second_source: secondSource, verified, distance_km: distance }
    if (best.length === limit && betterAlternative(candidate, best[limit - 1]) >= 0) continue
    let at = best.length
    while (at > 0 && betterAlternative(candidate, best[at - 1]) < 0) at--
    best.splice(at, 0, candidate)
    if (best.length > limit) best.pop()
  }
  return best
}

/** Whether anyone could step in for the link (see alternativesFor), found at the first one. */
export function hasAlternative(network: Network, link: Pick<NetworkLink, "supplier_id" | "customer_id" | "material">, { closed = new Set<string>(), reachKm = DEFAULT_REACH_KM } = {}) {
  const customer = network.producers.get(link.customer_id)
  const secondSources = network.suppliersOf.get(supplyKey(link.customer_id, link.material))
  for (const producerId of network.deliverersOf.get(materialKey(link.material))?.keys() ?? []) {
    if (producerId === link.supplier_id || producerId === link.customer_id || closed.has(producerId)) continue
    if (secondSources?.has(producerId)) return true
    const producer = network.producers.get(producerId)
    if (producer?.in_region && customer && distanceKm(customer, producer) <= reachKm) return true
  }
  return false
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
export type NetworkSinglePoint = Omit<SinglePoint, "alternatives"> & { product_ids: string[] }

/**
 * The suppliers whose loss breaks the products' chains: for each material on a product's input
 * graph, the supplier when no other one delivers the same material to the same customer; each
 * once, with the products that depend on it. Who could step in is asked per point
 * (alternativesFor, hasAlternative): for a page of them, not for a network's thousands.
 */
export function networkSinglePoints(network: Network, productIds: Iterable<string>): NetworkSinglePoint[] {
  const dependents = new Map<string, string[]>()
  for (const productId of productIds) {
    const linkIds = new Set(inputsOnGraph(network, productId).map((input) => input.link_id))
    for (const linkId of linkIds) {
      const link = network.links.get(linkId)!
      if ((network.suppliersOf.get(supplyKey(link.customer_id, link.material))?.size ?? 0) > 1) continue
      push(dependents, linkId, productId)
    }
  }
  return [...dependents].map(([linkId, products]) => {
    const link = network.links.get(linkId)!
    return { link_id: link.id, supplier_id: link.supplier_id, customer_id: link.customer_id, material: link.material, step: link.step, product_ids: products }
  })
}

/** The single points of one product's chain, each with the regional businesses that could step in. */
export function singlePointsOfFailure(network: Network, productId: string, { reachKm = DEFAULT_REACH_KM } = {}): SinglePoint[] {
  return networkSinglePoints(network, [productId]).map(({ product_ids: _, ...point }) => ({
    ...point,
    alternatives: alternativesFor(network, point, { reachKm }),
  }))
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
  // Only what lies downstream of a closed business can be hit: its own products, the products
  // through its links, and what those go into, on and on. Everything else stands as it is, so
  // a closure costs what it reaches, not the size of the network.
  const reached = new Set<string>()
  const queue: string[] = []
  const reach = (productId: string) => {
    if (!reached.has(productId)) {
      reached.add(productId)
      queue.push(productId)
    }
  }
  for (const product of products) if (closed.has(product.producer_id)) reach(product.id)
  for (const supplier of closed) for (const linkId of network.linksFrom.get(supplier) ?? []) for (const productId of network.usedThrough.get(linkId) ?? []) reach(productId)
  for (let next = 0; next < queue.length; next++) for (const productId of network.goesInto.get(queue[next]) ?? []) reach(productId)

  const alternativesOf = new Map<string, Alternative[]>()
  const alternativesOfLink = (link: NetworkLink) => {
    let found = alternativesOf.get(link.id)
    if (!found) alternativesOf.set(link.id, (found = alternativesFor(network, link, { closed, reachKm })))
    return found
  }
  const verdict = new Map<string, "ok" | Verdict>()
  const cutOf = new Map<string, CutInput[]>()
  const judging = new Set<string>()
  const judge = (productId: string): "ok" | Verdict => {
    if (!reached.has(productId)) return "ok"
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
      const alternatives = alternativesOfLink(link)
      cut.push({ link_id: link.id, supplier_id: link.supplier_id, customer_id: link.customer_id, material: link.material, alternatives })
      result = alternatives.length ? (result === "lost" ? "lost" : "switch") : "lost"
    }
    judging.delete(productId)
    verdict.set(productId, result)
    if (result !== "ok") cutOf.set(productId, cut)
    return result
  }
  const affected: AffectedProduct[] = []
  for (const product of products) {
    if (!reached.has(product.id)) continue
    const result = judge(product.id)
    if (result === "ok") continue
    affected.push({ product_id: product.id, producer_id: product.producer_id, verdict: result, maker_closed: closed.has(product.producer_id), cut: cutOf.get(product.id) ?? [] })
  }
  const lost = affected.filter((product) => product.verdict === "lost").map((product) => product.product_id)
  const canSwitch = affected.filter((product) => product.verdict === "switch").map((product) => product.product_id)
  const hit = new Set(affected.map((product) => product.producer_id).filter((id) => !closed.has(id)))
  return { lost, can_switch: canSwitch, producers_hit: [...hit].sort(), affected }
}
