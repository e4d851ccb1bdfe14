import { Button, Label, Text } from "@medusajs/ui"
import { useRef } from "react"
import type { GpxFile } from "../lib/tours"
import { useNumberFormat, useText } from "../lib/text"

type Props = {
  id: string
  label: string
  chosen: GpxFile | null
  onChosen: (file: GpxFile | null) => void
  /** A file the browser could not read (removed, no permission): shown beside the form. */
  onError: (message: string) => void
  /** What happens without a file: required for a new tour, the track kept for a changed one. */
  hint: string
}

/**
 * A tour's track: a GPX file chosen here is read in the browser and sent as text (the route
 * parses and measures it, and says what is wrong with a file that is no track).
 */
export function GpxFileField({ id, label, chosen, onChosen, onError, hint }: Props) {
  const text = useText("tours")
  const kilobytes = useNumberFormat({ maximumFractionDigits: 0 })
  const input = useRef<HTMLInputElement>(null)
  const read = async (file: File | undefined) => {
    if (!file) return
    try {
      onChosen({ name: file.name, size: file.size, text: await file.text() })
    } catch (e) {
      onError(`${file.name}: ${(e as Error).message}`)
    } finally {
      // The same file chosen again (after fixing it elsewhere) is read again.
      if (input.current) input.current.value = ""
    }
  }
  return (
    <div className="flex flex-col gap-y-1 md:col-span-2">
      <Label htmlFor={id}>{label}</Label>
      <input ref={input} id={id} type="file" accept=".gpx,application/gpx+xml,application/xml,text/xml" className="sr-only" onChange={(e) => void read(e.target.files?.[0])} />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" size="small" variant="secondary" onClick={() => input.current?.click()}>
          {text("chooseGpx")}
        </Button>
        {chosen && (
          <>
            <Text size="small">{text("chosenGpx", { name: chosen.name, size: kilobytes(chosen.size / 1024) })}</Text>
            <Button type="button" size="small" variant="transparent" onClick={() => onChosen(null)}>
              {text("dropGpx")}
            </Button>
          </>
        )}
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    </div>
  )
}
