import { Text } from "@medusajs/ui"
import { useText } from "../lib/text"

/**
 * A route's refusal beside its form, as the route words it ("Invalid tour: gpx: …"), or why a
 * record could not be loaded. Announced to screen readers as it appears.
 */
export function Refusal({ message, of = "refused", className }: { message: string | null; of?: "refused" | "loadFailed"; className?: string }) {
  const text = useText("content")
  if (!message) return null
  return (
    <Text role="alert" className={`text-ui-fg-error ${className ?? ""}`}>
      {text(of)} {message}
    </Text>
  )
}
