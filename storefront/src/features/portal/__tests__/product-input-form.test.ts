import { describe, expect, it } from "vitest"
import { readProductInputForm, refusedProductInputField } from "../product-input-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const choices = {
  links: [
    { id: "slink_mill", supplierId: "prod_mill" },
    { id: "slink_farm", supplierId: "prod_farm" },
  ],
  products: [
    { id: "prod_flour", supplierId: "prod_mill" },
    { id: "prod_grain", supplierId: "prod_farm" },
  ],
}

describe("the product input form", () => {
  it("sends the chosen link, the supplier's product and the share as a fraction", () => {
    const read = readProductInputForm(form({ supply_link_id: "slink_mill", input_product_id: "prod_flour", share: "62,5" }), choices)
    expect(read).toEqual({ ok: true, values: expect.any(Object), body: { supply_link_id: "slink_mill", input_product_id: "prod_flour", share: 0.625 } })
  })

  it("sends the bare material when no product and no share are given", () => {
    const read = readProductInputForm(form({ supply_link_id: "slink_farm", input_product_id: "", share: "" }), choices)
    expect(read).toEqual({ ok: true, values: expect.any(Object), body: { supply_link_id: "slink_farm", input_product_id: null, share: null } })
  })

  it("keeps 0.1 % exact rather than 0.0010000000000000002", () => {
    const read = readProductInputForm(form({ supply_link_id: "slink_farm", share: "0.1" }), choices)
    expect(read).toMatchObject({ ok: true, body: { share: 0.001 } })
  })

  it("refuses a link or product it did not offer, another supplier's product, and shares outside (0, 100]", () => {
    expect(readProductInputForm(form({ supply_link_id: "slink_other" }), choices)).toMatchObject({ ok: false, errors: { supply_link_id: "choice" } })
    expect(readProductInputForm(form({ supply_link_id: "" }), choices)).toMatchObject({ ok: false, errors: { supply_link_id: "choice" } })
    expect(readProductInputForm(form({ supply_link_id: "slink_mill", input_product_id: "prod_\u0000" }), choices)).toMatchObject({ ok: false, errors: { input_product_id: "choice" } })
    expect(readProductInputForm(form({ supply_link_id: "slink_mill", input_product_id: "prod_grain" }), choices)).toMatchObject({
      ok: false,
      errors: { input_product_id: "supplierProduct" },
    })
    for (const share of ["0", "100,5", "-5", "viel", "1e2", "Infinity"]) {
      expect(readProductInputForm(form({ supply_link_id: "slink_mill", share }), choices), share).toMatchObject({ ok: false, errors: { share: "share" } })
    }
    expect(readProductInputForm(form({ supply_link_id: "slink_mill", share: "100" }), choices)).toMatchObject({ ok: true, body: { share: 1 } })
  })

  it("puts the backend's refusal of shares adding up to more than the whole at the share's field", () => {
    expect(refusedProductInputField("The shares of product prod_1's inputs add up to 1.200, more than 1")).toEqual({ share: "share" })
    expect(refusedProductInputField("Supply link slink_1 is rejected: an input arrives through a link the supplier stands by")).toBeNull()
  })
})
