import { describe, expect, it } from "vitest"
import { comboboxKey, type ComboboxState } from "../combobox"

const closed: ComboboxState = { open: false, active: -1, count: 4, hasText: true }
const open = (active: number): ComboboxState => ({ open: true, active, count: 4, hasText: true })

describe("comboboxKey", () => {
  it("opens on Down at the first option and on Up at the last", () => {
    expect(comboboxKey("ArrowDown", closed)).toEqual({ type: "move", to: 0 })
    expect(comboboxKey("ArrowUp", closed)).toEqual({ type: "move", to: 3 })
  })

  it("moves through the options and wraps around at either end", () => {
    expect(comboboxKey("ArrowDown", open(-1))).toEqual({ type: "move", to: 0 })
    expect(comboboxKey("ArrowDown", open(1))).toEqual({ type: "move", to: 2 })
    expect(comboboxKey("ArrowDown", open(3))).toEqual({ type: "move", to: 0 })
    expect(comboboxKey("ArrowUp", open(2))).toEqual({ type: "move", to: 1 })
    expect(comboboxKey("ArrowUp", open(0))).toEqual({ type: "move", to: 3 })
  })

  it("opens on Alt+Down without marking an option", () => {
    expect(comboboxKey("ArrowDown", closed, true)).toEqual({ type: "move", to: -1 })
  })

  it("does nothing with the arrows while there is nothing to suggest", () => {
    expect(comboboxKey("ArrowDown", { ...closed, count: 0 })).toEqual({ type: "none" })
    expect(comboboxKey("ArrowUp", { ...closed, count: 0 })).toEqual({ type: "none" })
  })

  it("picks the marked option on Enter, and leaves Enter to the form with none marked", () => {
    expect(comboboxKey("Enter", open(2))).toEqual({ type: "pick", index: 2 })
    expect(comboboxKey("Enter", open(-1))).toEqual({ type: "none" })
    expect(comboboxKey("Enter", closed)).toEqual({ type: "none" })
  })

  it("closes on Escape, and empties the field on a second Escape", () => {
    expect(comboboxKey("Escape", open(1))).toEqual({ type: "close" })
    expect(comboboxKey("Escape", closed)).toEqual({ type: "clear" })
    expect(comboboxKey("Escape", { ...closed, hasText: false })).toEqual({ type: "none" })
  })

  it("closes when Tab leaves, and ignores other keys", () => {
    expect(comboboxKey("Tab", open(0))).toEqual({ type: "close" })
    expect(comboboxKey("Tab", closed)).toEqual({ type: "none" })
    for (const key of ["a", "Home", "End", "ArrowLeft", " "]) expect(comboboxKey(key, open(1)), key).toEqual({ type: "none" })
  })
})
