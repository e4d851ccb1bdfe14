import { postedText } from "../../lib/form-fields"
import { parseDecimal } from "./product-form"

/**
 * What goes into a product, as the portal's form names it: one of the producer's supply links
 * (a supplier and what it delivers), optionally the supplier's own product it is (its flour,
 * rather than the bare "Roggen"), and optionally its share of the product's weight in percent.
 * Read against what the page offered, before anything is sent; the backend checks the same again
 * (the product is the producer's, the link arrives at it, the shares add up to at most 100 %).
 */

export type ProductInputFieldError = "choice" | "share" | "supplierProduct"

const FIELDS = ["supply_link_id", "input_product_id", "share"] as const
export type ProductInputField = (typeof FIELDS)[number]
export type ProductInputFormValues = Record<ProductInputField, string>
export const EMPTY_PRODUCT_INPUT: ProductInputFormValues = { supply_link_id: "", input_product_id: "", share: "" }

/** The choices the form offered: the producer's usable supply links and their suppliers' products. */
export type ProductInputChoices = {
  links: { id: string; supplierId: string }[]
  products: { id: string; supplierId: string }[]
}

export type ProductInputBody = { supply_link_id: string; input_product_id: string | null; share: number | null }

export type ProductInputFormRead =
  | { ok: true; values: ProductInputFormValues; body: ProductInputBody }
  | { ok: false; values: ProductInputFormValues; errors: Partial<Record<ProductInputField, ProductInputFieldError>> }

export function readProductInputForm(form: FormData, choices: ProductInputChoices): ProductInputFormRead {
  const values = Object.fromEntries(FIELDS.map((field) => [field, postedText(form, field)])) as ProductInputFormValues
  const errors: Partial<Record<ProductInputField, ProductInputFieldError>> = {}
  const link = choices.links.find((offered) => offered.id === values.supply_link_id)
  if (!link) errors.supply_link_id = "choice"
  const product = values.input_product_id ? choices.products.find((offered) => offered.id === values.input_product_id) : null
  if (product === undefined) errors.input_product_id = "choice"
  else if (product && link && product.supplierId !== link.supplierId) errors.input_product_id = "supplierProduct"
  const percent = values.share ? parseDecimal(values.share) : null
  if (percent !== null && !(percent > 0 && percent <= 100)) errors.share = "share"
  if (Object.keys(errors).length || !link) return { ok: false, values, errors }
  return {
    ok: true,
    values,
    // Percent to the backend's fraction, rounded off the float noise of dividing by 100.
    body: { supply_link_id: link.id, input_product_id: product?.id ?? null, share: percent === null ? null : Math.round(percent * 1000) / 100_000 },
  }
}

/** The backend's refusal that names the shares (they add up to more than the whole), at the share's field. */
export const refusedProductInputField = (message: string): Partial<Record<ProductInputField, ProductInputFieldError>> | null =>
  /shares .* add up to/i.test(message) ? { share: "share" } : null
