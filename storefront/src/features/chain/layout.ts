import type { ChainEdge, ChainNode } from "./data"

export type PlacedNode = { node: ChainNode; x: number; y: number }
export type PlacedEdge = { edge: ChainEdge; path: string }
export type ChainLayout = { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] }

export const NODE_WIDTH = 190
export const NODE_HEIGHT = 56
const COLUMN_GAP = 70
const ROW_GAP = 18
const PADDING = 12

/**
 * Columns by distance from the product (the product on the right, raw materials on the
 * left), rows in order of appearance; edges as curves from an input to what it goes into.
 */
export function layoutChain(rootId: string, nodes: ChainNode[], edges: ChainEdge[]): ChainLayout {
  const level = new Map<string, number>([[rootId, 0]])
  // Longest distance from the root: repeat relaxation (chains are small and acyclic).
  for (let pass = 0; pass < nodes.length; pass++) {
    let changed = false
    for (const edge of edges) {
      const below = level.get(edge.to)
      if (below === undefined) continue
      if ((level.get(edge.from) ?? -1) < below + 1) {
        level.set(edge.from, below + 1)
        changed = true
      }
    }
    if (!changed) break
  }
  const maxLevel = Math.max(0, ...level.values())
  const rows = new Map<number, number>()
  const placed = new Map<string, PlacedNode>()
  for (const node of nodes) {
    const l = level.get(node.id) ?? 0
    const row = rows.get(l) ?? 0
    rows.set(l, row + 1)
    placed.set(node.id, {
      node,
      x: PADDING + (maxLevel - l) * (NODE_WIDTH + COLUMN_GAP),
      y: PADDING + row * (NODE_HEIGHT + ROW_GAP),
    })
  }
  const tallest = Math.max(1, ...rows.values())
  const placedEdges = edges.flatMap((edge) => {
    const from = placed.get(edge.from)
    const to = placed.get(edge.to)
    if (!from || !to) return []
    const x1 = from.x + NODE_WIDTH
    const y1 = from.y + NODE_HEIGHT / 2
    const x2 = to.x
    const y2 = to.y + NODE_HEIGHT / 2
    const bend = Math.max(30, (x2 - x1) / 2)
    return [{ edge, path: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}` }]
  })
  return {
    width: PADDING * 2 + (maxLevel + 1) * NODE_WIDTH + maxLevel * COLUMN_GAP,
    height: PADDING * 2 + tallest * NODE_HEIGHT + (tallest - 1) * ROW_GAP,
    nodes: [...placed.values()],
    edges: placedEdges,
  }
}
