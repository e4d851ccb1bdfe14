import { Input, Label } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { useText } from "../lib/text"

/** How long typing pauses before the list is asked again: one request per word, not per letter. */
const PAUSE_MS = 300

/** A list's search (name, town, title — whatever its route searches), asked after a pause in typing. */
export function SearchField({ id, value, onSearch }: { id: string; value: string; onSearch: (q: string) => void }) {
  const text = useText("content")
  const [typed, setTyped] = useState(value)
  const latest = useRef(onSearch)
  latest.current = onSearch
  useEffect(() => {
    if (typed === value) return
    const timer = setTimeout(() => latest.current(typed), PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed, value])
  return (
    <div className="flex items-center gap-x-2">
      <Label htmlFor={id}>{text("search")}</Label>
      <Input id={id} size="small" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
    </div>
  )
}
