/**
 * Seasons as Medusa product tags ("saison-01" … "saison-12"), so the shop can ask Medusa's
 * own product list for what is in season this month (`tag_id`), filtered in the backend.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createProductTagsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { seasonTag } from "@genussnetz/marketplace/workflows"
import type { Query } from "./query"
import type { PlannedProduct } from "./plan"


export async function ensureSeasonTags(container: MedusaContainer, query: Query): Promise<Map<number, string>> {
  const values = Array.from({ length: 12 }, (_, i) => seasonTag(i + 1))
  const { data: existing } = await query.graph({ entity: "product_tag", fields: ["id", "value"], filters: { value: values } })
  const missing = values.filter((value) => !existing.some((tag) => tag.value === value))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    existing.push(...result)
  }
  return new Map(values.map((value, i) => [i + 1, existing.find((tag) => tag.value === value)!.id as string]))
}

export const seasonTagIds = (product: PlannedProduct, tags: Map<number, string>) =>
  (product.template.season ?? []).map((month) => tags.get(month)!)

/** Gives products created before seasons existed their season tags; touches nothing already right. */
export async function ensureProductSeasons(
  container: MedusaContainer,
  query: Query,
  planned: PlannedProduct[],
  tags: Map<number, string>
) {
  const seasonal = planned.filter((p) => p.template.season?.length)
  if (!seasonal.length) return 0
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "tags.id"],
    filters: { handle: seasonal.map((p) => p.handle) },
  })
  let updated = 0
  for (const product of products) {
    const want = seasonTagIds(seasonal.find((p) => p.handle === product.handle)!, tags).sort()
    const have = (product.tags ?? []).map((tag: { id: string }) => tag.id).sort()
    if (want.join() === have.join()) continue
    await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { tag_ids: want } } })
    updated++
  }
  return updated
}
