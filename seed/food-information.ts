/**
 * Every seeded food's food information (seed/data/food-information.ts, by template) through the
 * marketplace's workflow: German on the record, English in the Translation Module. Products
 * that have theirs keep it — a producer may have changed it in the portal.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { setFoodInformationWorkflow } from "@genussnetz/marketplace/workflows"
import { FOOD_INFORMATION } from "./data/food-information"
import { planProducts } from "./plan"
import type { Query } from "./query"

export async function ensureFoodInformation(container: MedusaContainer, query: Query) {
  const planned = new Map(planProducts().map((p) => [p.handle, p]))
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: [...planned.keys()] } })
  const { data: existing } = await query.graph({
    entity: "food_information",
    fields: ["product_id"],
    filters: { product_id: products.map((p: { id: string }) => p.id) },
  })
  const done = new Set(existing.map((info: { product_id: string }) => info.product_id))
  const missing = products
    // Goods that are no food (a beeswax candle) have none.
    .filter((product: { id: string; handle: string }) => !done.has(product.id) && FOOD_INFORMATION[planned.get(product.handle)!.template.slug])
    .map((product: { id: string; handle: string }) => ({ product_id: product.id, ...FOOD_INFORMATION[planned.get(product.handle)!.template.slug] }))
  // In slices: one workflow run per few dozen products.
  for (let start = 0; start < missing.length; start += 50) {
    await setFoodInformationWorkflow(container).run({ input: { food_information: missing.slice(start, start + 50) } })
  }
  return missing.length
}
