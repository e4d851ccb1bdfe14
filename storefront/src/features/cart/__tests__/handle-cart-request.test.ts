import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { storeApiError } from "../../../lib/medusa"
import { isStockRefusal } from "../data"
import { readCartPost, readQuantity, refusalNotice } from "../handle-cart-request"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

describe("readQuantity", () => {
  it("accepts whole numbers from 0 to 99", () => {
    expect(readQuantity("0")).toBe(0)
    expect(readQuantity("1")).toBe(1)
    expect(readQuantity("99")).toBe(99)
    expect(readQuantity(" 7 ")).toBe(7)
  })

  it("refuses fractions, negatives, too many, words and an empty or missing field", () => {
    for (const value of ["1.5", "-1", "100", "1e3", "zwei", "", "   ", null]) {
      expect(readQuantity(value), JSON.stringify(value)).toBeNull()
    }
  })
})

describe("readCartPost", () => {
  it("adds with quantity 1 when the product form sends none, and refuses back to the product's form", () => {
    const post = readCartPost("de", form({ action: "add", variant_id: "variant_01ABC", product_handle: "landbrot" }), false)
    expect(post.change).toEqual({ action: "add", variantId: "variant_01ABC", quantity: 1 })
    expect(post.done).toBe("/warenkorb")
    expect(post.refusedAt("lager")).toBe("/produkte/landbrot?hinweis=lager#kaufen")
  })

  it("sends an English shopper back to the English product page, the handle encoded", () => {
    const post = readCartPost("en", form({ action: "add", variant_id: "variant_1", quantity: "3", product_handle: "bergkäse" }), true)
    expect(post.change).toEqual({ action: "add", variantId: "variant_1", quantity: 3 })
    expect(post.refusedAt("fehler")).toBe("/en/products/bergk%C3%A4se?hinweis=fehler#kaufen")
  })

  it("refuses an add with quantity 0 or a malformed variant id as invalid, at the product's form", () => {
    for (const fields of [
      { action: "add", variant_id: "variant_1", quantity: "0", product_handle: "rauchbier" },
      { action: "add", variant_id: "variant 1; drop", quantity: "1", product_handle: "rauchbier" },
    ]) {
      const post = readCartPost("de", form(fields), true)
      expect(post.change).toBeNull()
      expect(post.refusedAt("ungueltig")).toBe("/produkte/rauchbier?hinweis=ungueltig#kaufen")
    }
  })

  it("refuses at the cart's top when the add form names no valid product handle", () => {
    const post = readCartPost("de", form({ action: "add", variant_id: "variant_1", product_handle: "../warenkorb" }), true)
    expect(post.refusedAt("lager")).toBe("/warenkorb?hinweis=lager")
  })

  it("sets a line's quantity and refuses beside that line", () => {
    const post = readCartPost("en", form({ action: "update", line_id: "cali_01XYZ", quantity: "4" }), true)
    expect(post.change).toEqual({ action: "set", lineId: "cali_01XYZ", quantity: 4 })
    expect(post.done).toBe("/en/cart")
    expect(post.refusedAt("lager")).toBe("/en/cart?hinweis=lager&zeile=cali_01XYZ#zeile-cali_01XYZ")
  })

  it("removes a line as quantity 0, whatever quantity the form carries", () => {
    const post = readCartPost("de", form({ action: "remove", line_id: "cali_1", quantity: "5" }), true)
    expect(post.change).toEqual({ action: "set", lineId: "cali_1", quantity: 0 })
  })

  it("refuses a line change without a cart, with a bad line id or quantity, and unknown actions, at the cart's top", () => {
    for (const [fields, hasCart] of [
      [{ action: "update", line_id: "cali_1", quantity: "2" }, false],
      [{ action: "update", line_id: "cali_1#x", quantity: "2" }, true],
      [{ action: "update", line_id: "cali_1", quantity: "" }, true],
      [{ action: "empty" }, true],
      [{}, true],
    ] as const) {
      const post = readCartPost("de", form(fields), hasCart)
      expect(post.change, JSON.stringify(fields)).toBeNull()
      expect(post.refusedAt("ungueltig")).toBe("/warenkorb?hinweis=ungueltig")
    }
  })
})

// The body Medusa's error handler (@medusajs/framework, getHttpResponseFromError) sends for the
// MedusaError its inventory check throws (core-flows, confirm-inventory step): type NOT_ALLOWED →
// status 400, code INSUFFICIENT_INVENTORY kept.
const insufficientInventory = {
  type: "not_allowed",
  code: "insufficient_inventory",
  message: "Some variant does not have the required inventory",
}

describe("refusalNotice", () => {
  it("says 'not in stock' for Medusa's insufficient-inventory refusal", () => {
    const error = storeApiError(400, "Bad Request", insufficientInventory)
    expect(isStockRefusal(error)).toBe(true)
    expect(refusalNotice(error)).toBe("lager")
  })

  it("does not take a refusal for a stock problem because its text mentions inventory", () => {
    // Medusa's refusal for a variant set up without inventory items: invalid data, no code.
    const misconfigured = storeApiError(400, "Bad Request", {
      type: "invalid_data",
      message: "Variant variant_1 does not have any inventory items associated with it.",
    })
    expect(refusalNotice(misconfigured)).toBe("fehler")
    expect(refusalNotice(new FetchError("Some variant does not have the required inventory", "Bad Request", 400))).toBe("fehler")
  })

  it("says 'that did not work' for anything else", () => {
    expect(refusalNotice(storeApiError(404, "Not Found", { type: "not_found", message: "Cart id not found" }))).toBe("fehler")
    expect(refusalNotice(storeApiError(502, "Bad Gateway", "<html>proxy error</html>"))).toBe("fehler")
    expect(refusalNotice(new TypeError("fetch failed"))).toBe("fehler")
  })
})
