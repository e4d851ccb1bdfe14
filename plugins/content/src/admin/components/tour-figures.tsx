import { Text } from "@medusajs/ui"
import type { TourFigures } from "../lib/tours"
import { useNumberFormat, useText } from "../lib/text"

/** A track's length in km and heights in m as the admin's language writes them; a dash where none was measured. */
export function useTrackUnits() {
  const text = useText("tours")
  const km = useNumberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const whole = useNumberFormat({ maximumFractionDigits: 0 })
  return {
    length: (metres: number | null) => (metres === null ? "–" : text("km", { value: km(metres / 1000) })),
    height: (metres: number | null) => (metres === null ? "–" : text("m", { value: whole(metres) })),
    count: (points: number | null) => (points === null ? "–" : whole(points)),
  }
}

/** What the route measured on a tour's track: length, ascent, descent, points. */
export function TourFiguresList({ figures }: { figures: TourFigures }) {
  const text = useText("tours")
  const units = useTrackUnits()
  const rows: [string, string][] = [
    [text("length"), units.length(figures.length_m)],
    [text("ascent"), units.height(figures.ascent_m)],
    [text("descent"), units.height(figures.descent_m)],
    [text("points"), units.count(figures.point_count)],
  ]
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {label}
            </Text>
          </dt>
          <dd>
            <Text size="small" weight="plus">
              {value}
            </Text>
          </dd>
        </div>
      ))}
    </dl>
  )
}
