import { PROVEN_STATUSES, type ProcessingStep, type SupplyLinkStatus } from "../provenance-vocabulary"
import type { ChainInputRow, ChainProducer, RegionDefinition } from "./types"

export type ChainNode =
  | { id: string; kind: "product"; product_id: string; producer: ChainProducer | null; regional: boolean }
  | { id: string; kind: "origin"; supply_link_id: string; material: string; producer: ChainProducer; regional: boolean }

export type ChainEdge = {
  id: string
  from: string
  to: string
  supply_link_id: string
  material: string
  step: ProcessingStep
  /** The link's status as of now: a link past its `until` counts as expired. */
  status: SupplyLinkStatus
  proven: boolean
  /** Share of the receiving product's weight (given, or the rest split evenly). */
  share: number
  share_declared: boolean
  distance_km: number
}

export type ChainFigures = {
  /** Edges on the longest path from the product down to a raw material. */
  depth: number
  farms: number
  producers: number
  /** Sum of the straight-line distances of all edges. */
  food_km: number
  /** Share of the product's weight whose whole path lies inside the region (0–1). */
  regional_share: number
  /** Share of the edges whose supply link is confirmed or verified; null without edges. */
  proven_share: number | null
}

export type ProductChain = { product_id: string; nodes: ChainNode[]; edges: ChainEdge[]; figures: ChainFigures }

const EARTH_RADIUS_KM = 6371.0088

export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Whether a place lies in the region: within its radius of its centre (the chain figures' "regional"). */
export const inRegion = (place: { latitude: number; longitude: number }, region: RegionDefinition) => distanceKm(place, region) <= region.radius_km

export function effectiveStatus(link: ChainInputRow["link"], now: Date): SupplyLinkStatus {
  const until = link.until ? new Date(link.until) : null
  if (until && until < now && link.status !== "rejected") return "expired"
  return link.status
}

/** Input weights of one product: declared shares, the rest split evenly, normalised to 1. */
function weigh(rows: ChainInputRow[]): number[] {
  const declared = rows.reduce((sum, row) => sum + (row.share ?? 0), 0)
  const unknown = rows.filter((row) => row.share === null).length
  const rest = Math.max(0, 1 - declared)
  const raw = rows.map((row) => row.share ?? (unknown ? rest / unknown : 0))
  const total = raw.reduce((sum, weight) => sum + weight, 0)
  return total > 0 ? raw.map((weight) => weight / total) : raw.map(() => 1 / rows.length)
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/**
 * Turns the rows of one recursive query into the product's chain: nodes (products and the
 * origins of raw materials, each at its producer), edges (material, step, status, share,
 * distance) and the figures shown beside it.
 */
export function buildChain({
  productId,
  rootProducer,
  rows,
  region,
  now = new Date(),
}: {
  productId: string
  /** The product's own producer, needed when it has no inputs (a raw product). */
  rootProducer: ChainProducer | null
  rows: ChainInputRow[]
  region: RegionDefinition
  now?: Date
}): ProductChain {
  const isRegional = (producer: ChainProducer | null) => !!producer && inRegion(producer, region)

  const inputsOf = new Map<string, ChainInputRow[]>()
  const producerOf = new Map<string, ChainProducer>()
  if (rootProducer) producerOf.set(productId, rootProducer)
  for (const row of rows) {
    inputsOf.set(row.product_id, [...(inputsOf.get(row.product_id) ?? []), row])
    producerOf.set(row.product_id, row.customer)
    if (row.input_product_id) producerOf.set(row.input_product_id, row.supplier)
  }

  const nodes = new Map<string, ChainNode>()
  const productNode = (id: string) => {
    const key = `product:${id}`
    if (!nodes.has(key)) {
      const producer = producerOf.get(id) ?? null
      nodes.set(key, { id: key, kind: "product", product_id: id, producer, regional: isRegional(producer) })
    }
    return key
  }
  const originNode = (row: ChainInputRow) => {
    const key = `origin:${row.link.id}`
    if (!nodes.has(key)) {
      nodes.set(key, {
        id: key,
        kind: "origin",
        supply_link_id: row.link.id,
        material: row.link.material,
        producer: row.supplier,
        regional: isRegional(row.supplier),
      })
    }
    return key
  }

  const edges: ChainEdge[] = []
  const depthMemo = new Map<string, number>()
  const regionalMemo = new Map<string, number>()
  const visiting = new Set<string>()

  // Depth-first from the product; memoised, so a product shared by several branches
  // (a diamond) is resolved once and its edges are listed once.
  const resolve = (id: string): { depth: number; regional: number } => {
    if (depthMemo.has(id)) return { depth: depthMemo.get(id)!, regional: regionalMemo.get(id)! }
    if (visiting.has(id)) return { depth: 0, regional: 0 } // a cycle never counts twice
    visiting.add(id)
    const to = productNode(id)
    const inputs = inputsOf.get(id) ?? []
    const ownRegional = isRegional(producerOf.get(id) ?? null)
    let depth = 0
    let regional = inputs.length ? 0 : ownRegional ? 1 : 0
    const weights = weigh(inputs)
    inputs.forEach((row, index) => {
      const from = row.input_product_id ? productNode(row.input_product_id) : originNode(row)
      const status = effectiveStatus(row.link, now)
      edges.push({
        id: row.input_id,
        from,
        to,
        supply_link_id: row.link.id,
        material: row.link.material,
        step: row.link.step,
        status,
        proven: PROVEN_STATUSES.includes(status),
        share: round(weights[index], 4),
        share_declared: row.share !== null,
        distance_km: round(distanceKm(row.supplier, row.customer), 1),
      })
      const below = row.input_product_id ? resolve(row.input_product_id) : { depth: 0, regional: isRegional(row.supplier) ? 1 : 0 }
      depth = Math.max(depth, 1 + below.depth)
      if (ownRegional && isRegional(row.supplier)) regional += weights[index] * below.regional
    })
    visiting.delete(id)
    depthMemo.set(id, depth)
    regionalMemo.set(id, regional)
    return { depth, regional }
  }

  const root = resolve(productId)
  const producers = new Map<string, ChainProducer>()
  for (const node of nodes.values()) if (node.producer) producers.set(node.producer.id, node.producer)

  return {
    product_id: productId,
    nodes: [...nodes.values()],
    edges,
    figures: {
      depth: root.depth,
      farms: [...producers.values()].filter((p) => p.craft === "farm").length,
      producers: producers.size,
      food_km: round(edges.reduce((sum, edge) => sum + edge.distance_km, 0), 1),
      regional_share: round(root.regional, 4),
      proven_share: edges.length ? round(edges.filter((edge) => edge.proven).length / edges.length, 4) : null,
    },
  }
}
