import type { Business, SinglePointAnswer, WhatIfResult } from "../lib/resilience"

const WIDTH = 640
const HEIGHT = 420
const PAD = 24

/**
 * The fragile part of the network on a plain map (no tiles: the admin works offline and sends
 * no producer's place to a map service): each single point of failure a line from supplier to
 * customer — red when nobody could step in, amber when someone could — and, after a what-if,
 * the closed businesses black and the ones hit orange. Longitude is shortened by the cosine of
 * the latitude, so distances look as they are.
 */
export function NetworkMap({
  points,
  whatIf,
  labels,
}: {
  points: SinglePointAnswer[]
  whatIf: WhatIfResult | null
  labels: { map: string; fragile: string; covered: string; closed: string; hit: string }
}) {
  const businesses = new Map<string, Business>()
  for (const point of points) for (const business of [point.supplier, point.customer]) businesses.set(business.id, business)
  for (const business of whatIf?.closed ?? []) businesses.set(business.id, business)
  for (const hit of whatIf?.producers_hit ?? []) businesses.set(hit.producer.id, hit.producer)
  const placed = [...businesses.values()].filter((b) => b.latitude || b.longitude)
  if (!placed.length) return null

  const squeeze = Math.cos((placed.reduce((sum, b) => sum + b.latitude, 0) / placed.length) * (Math.PI / 180))
  const xs = placed.map((b) => b.longitude * squeeze)
  const ys = placed.map((b) => b.latitude)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const scale = Math.min((WIDTH - 2 * PAD) / Math.max(maxX - minX, 0.01), (HEIGHT - 2 * PAD) / Math.max(maxY - minY, 0.01))
  const at = (b: Business) => ({ x: PAD + (b.longitude * squeeze - minX) * scale, y: HEIGHT - PAD - (b.latitude - minY) * scale })
  const closed = new Set(whatIf?.closed.map((b) => b.id))
  const hit = new Set(whatIf?.producers_hit.map((h) => h.producer.id))

  return (
    <figure className="mb-4">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={labels.map} className="bg-ui-bg-subtle w-full max-w-3xl rounded-md border">
        {points.map((point) => {
          const [from, to] = [at(point.supplier), at(point.customer)]
          return (
            <line key={point.link_id} x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke={point.alternatives.length ? "#d97706" : "#dc2626"} strokeWidth={1 + Math.min(point.products_count, 6) / 2} strokeOpacity={0.7}>
              <title>{`${point.material}: ${point.supplier.name} → ${point.customer.name}`}</title>
            </line>
          )
        })}
        {placed.map((business) => {
          const { x, y } = at(business)
          const fill = closed.has(business.id) ? "#111827" : hit.has(business.id) ? "#f97316" : "#2563eb"
          return (
            <circle key={business.id} cx={x} cy={y} r={closed.has(business.id) ? 6 : 4} fill={fill} stroke="#fff" strokeWidth={1}>
              <title>{`${business.name}, ${business.town}`}</title>
            </circle>
          )
        })}
      </svg>
      <figcaption className="text-ui-fg-subtle mt-1 flex flex-wrap gap-4 text-xs">
        <span style={{ color: "#dc2626" }}>━ {labels.fragile}</span>
        <span style={{ color: "#d97706" }}>━ {labels.covered}</span>
        {whatIf && <span>● {labels.closed}</span>}
        {whatIf && <span style={{ color: "#f97316" }}>● {labels.hit}</span>}
      </figcaption>
    </figure>
  )
}
