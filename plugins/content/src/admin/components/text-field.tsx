import { Input, Label, Text, Textarea } from "@medusajs/ui"

type Props = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** Several lines (a description, a story's body): how many to show. */
  rows?: number
  /** The form the route expects ("16:00", "05-01"), shown under the field. */
  hint?: string
  placeholder?: string
  type?: "text" | "url"
  /** A datalist's id: suggestions while typing (the Genussorte for a place id). */
  list?: string
  className?: string
}

/** A labelled text field of the plugin's forms, one line or several. */
export function TextField({ id, label, value, onChange, rows, hint, placeholder, type = "text", list, className }: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className={`flex flex-col gap-y-1 ${className ?? ""}`}>
      <Label htmlFor={id}>{label}</Label>
      {rows ? (
        <Textarea id={id} rows={rows} value={value} placeholder={placeholder} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Input id={id} size="small" type={type} list={list} value={value} placeholder={placeholder} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <Text id={hintId} size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )
}
