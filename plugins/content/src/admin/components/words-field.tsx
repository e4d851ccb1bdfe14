import type { WordsDraft } from "../lib/form"
import { useText } from "../lib/text"
import { TextField } from "./text-field"

/**
 * A text the shop shows in German and English: two labelled fields, side by side in the forms'
 * two columns. German is the one the routes require; English is optional.
 */
export function WordsField(props: { id: string; label: string; value: WordsDraft; onChange: (value: WordsDraft) => void; rows?: number; hint?: string }) {
  const { id, label, value, onChange, rows, hint } = props
  const text = useText("content")
  return (
    <>
      <TextField id={`${id}-de`} label={text("inGerman", { field: label })} value={value.de} rows={rows} hint={hint} onChange={(de) => onChange({ ...value, de })} />
      <TextField id={`${id}-en`} label={text("inEnglish", { field: label })} value={value.en} rows={rows} onChange={(en) => onChange({ ...value, en })} />
    </>
  )
}
