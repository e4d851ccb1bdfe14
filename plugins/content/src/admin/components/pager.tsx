import { Button, Text } from "@medusajs/ui"
import { PAGE_SIZE } from "../lib/use-paged-list"
import { useText } from "../lib/text"

/** "from–to of count" and "Previous"/"Next" under a list of the plugin; it only moves `offset`. */
export function Pager({ offset, count, shown, onOffset }: { offset: number; count: number; shown: number; onOffset: (offset: number) => void }) {
  const text = useText("content")
  if (count === 0) return null
  return (
    <div className="flex items-center justify-between gap-x-2 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {text("page", { from: offset + 1, to: offset + shown, count })}
      </Text>
      <div className="flex gap-x-2">
        <Button type="button" size="small" variant="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}>
          {text("previous")}
        </Button>
        <Button type="button" size="small" variant="secondary" disabled={offset + PAGE_SIZE >= count} onClick={() => onOffset(offset + PAGE_SIZE)}>
          {text("next")}
        </Button>
      </div>
    </div>
  )
}
