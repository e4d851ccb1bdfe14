import { describe, expect, it } from "vitest"
import { pageOf } from "../load-stories"
import { storyDate, storyDay } from "../format"

describe("a story's date", () => {
  it("is the day in Berlin, written out in the page's language", () => {
    expect(storyDate("de", "2026-12-04T09:00:00.000Z")).toBe("4. Dezember 2026")
    expect(storyDate("en", "2026-12-04T09:00:00.000Z")).toBe("4 December 2026")
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(storyDate("de", "2026-12-31T23:30:00.000Z")).toBe("1. Januar 2027")
    expect(storyDay("2026-12-31T23:30:00.000Z")).toBe("2027-01-01")
  })
})

describe("the stories' pages", () => {
  it("read ?seite= as the catalog does: a page number, else the first", () => {
    expect(pageOf("2")).toBe(2)
    expect(pageOf(null)).toBe(1)
    for (const bad of ["0", "-1", "abc", "", "99999999"]) expect(pageOf(bad), bad).toBe(1)
  })
})
