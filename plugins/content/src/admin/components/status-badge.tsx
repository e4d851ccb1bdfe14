import { Badge } from "@medusajs/ui"
import type { ContentStatus, EventStatus } from "../../modules/content/vocabulary"
import { useText } from "../lib/text"

const COLOR: Record<EventStatus | ContentStatus, "green" | "orange" | "grey"> = { published: "green", draft: "grey", cancelled: "orange" }

/** Where a record stands (draft, published, an event also cancelled), as every list shows it. */
export function StatusBadge({ status }: { status: EventStatus | ContentStatus }) {
  const text = useText("content")
  return (
    <Badge size="2xsmall" color={COLOR[status]} data-status={status}>
      {text(`statuses.${status}`)}
    </Badge>
  )
}
