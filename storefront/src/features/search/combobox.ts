/**
 * What a key does in the search box's combobox (WAI-ARIA 1.2 combobox with a listbox popup),
 * decided apart from the DOM so it can be tested on its own. SearchBox.astro's island
 * carries the decision out.
 */

export type ComboboxState = {
  /** Whether the listbox shows. */
  open: boolean
  /** The index of the visually focused option, -1 for none (the text field itself). */
  active: number
  /** How many options the listbox holds. */
  count: number
  /** Whether the text field holds any text. */
  hasText: boolean
}

export type ComboboxAction =
  /** Show the listbox and mark this option (-1: none). */
  | { type: "move"; to: number }
  /** Go where the active option leads. */
  | { type: "pick"; index: number }
  /** Hide the listbox; the text stays. */
  | { type: "close" }
  /** Empty the text field. */
  | { type: "clear" }
  /** Nothing of the combobox's: the browser does what it always does (Enter submits the form). */
  | { type: "none" }

/**
 * Down and Up move through the options and wrap around (opening the listbox if it was
 * closed); Alt+Down opens it without moving. Enter picks the marked option, or, with none
 * marked, is the form's own Enter. Escape closes the listbox, or empties the field when it
 * is closed. Tab leaves and closes.
 */
export function comboboxKey(key: string, state: ComboboxState, altKey = false): ComboboxAction {
  const { open, active, count } = state
  switch (key) {
    case "ArrowDown":
      if (!count) return { type: "none" }
      if (altKey) return { type: "move", to: open ? active : -1 }
      if (!open) return { type: "move", to: 0 }
      return { type: "move", to: active >= count - 1 ? 0 : active + 1 }
    case "ArrowUp":
      if (!count) return { type: "none" }
      if (!open) return { type: "move", to: count - 1 }
      return { type: "move", to: active <= 0 ? count - 1 : active - 1 }
    case "Enter":
      return open && active >= 0 && active < count ? { type: "pick", index: active } : { type: "none" }
    case "Escape":
      if (open) return { type: "close" }
      return state.hasText ? { type: "clear" } : { type: "none" }
    case "Tab":
      return open ? { type: "close" } : { type: "none" }
    default:
      return { type: "none" }
  }
}
