import { Button, Text } from "@medusajs/ui"

/**
 * "Previous"/"Next" under a paged list of the marketplace's admin pages, with "from–to of count"
 * when `summary` is given. The page decides what a page is; this only moves `offset`.
 */
export function Pager(props: {
  offset: number
  pageSize: number
  count: number | null
  shown: number
  labels: { previous: string; next: string }
  summary?: (range: { from: number; to: number; count: number }) => string
  onOffset: (offset: number) => void
}) {
  const { offset, pageSize, count, shown, labels, summary, onOffset } = props
  return (
    <div className="flex items-center justify-between gap-x-2 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {summary && count !== null && count > 0 ? summary({ from: offset + 1, to: offset + shown, count }) : ""}
      </Text>
      <div className="flex gap-x-2">
        <Button type="button" size="small" variant="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
          {labels.previous}
        </Button>
        <Button type="button" size="small" variant="secondary" disabled={count === null || offset + pageSize >= count} onClick={() => onOffset(offset + pageSize)}>
          {labels.next}
        </Button>
      </div>
    </div>
  )
}
