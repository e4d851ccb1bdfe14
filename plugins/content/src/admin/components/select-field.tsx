import { Label, Select } from "@medusajs/ui"

type Props<Value extends string> = {
  id: string
  label: string
  value: Value
  options: { value: Value; label: string }[]
  onChange: (value: Value) => void
  /** Label beside the select (a list's filter above the table) rather than above it (a form). */
  inline?: boolean
}

/** A labelled choice of a few values: a list's filter (status, kind, mode) or a form's field. */
export function SelectField<Value extends string>({ id, label, value, options, onChange, inline = false }: Props<Value>) {
  return (
    <div className={inline ? "flex items-center gap-x-2" : "flex flex-col gap-y-1"}>
      <Label htmlFor={id}>{label}</Label>
      <Select size="small" value={value} onValueChange={(chosen) => onChange(chosen as Value)}>
        <Select.Trigger id={id} aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
