import { useText } from "../lib/text"
import { SelectField } from "./select-field"

type Props = {
  id: string
  /** The statuses the list's records can have (an event's, or a place's, tour's or story's). */
  statuses: readonly string[]
  value: string
  onChange: (status: string) => void
}

/** A content list's status filter: "all" first, then each status in the admin's language. */
export function StatusFilter({ id, statuses, value, onChange }: Props) {
  const content = useText("content")
  return (
    <SelectField
      inline
      id={id}
      label={content("status")}
      value={value}
      options={["all", ...statuses].map((status) => ({ value: status, label: content(status === "all" ? "all" : `statuses.${status}`) }))}
      onChange={onChange}
    />
  )
}
