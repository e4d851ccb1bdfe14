import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerProductDetail } from "../../producer-products/listing"

type StoredRequest = {
  id: string
  product_id: string
  producer_id: string
  proposed: Record<string, unknown>
  status: string
  reason: string | null
  created_at: Date | string
  decided_at: Date | string | null
}

/** A field as the association compares it: texts in both languages, a category or kind by its name. */
type Shown = unknown

/** One field a request would change: the product's value now, and the producer's. */
export type FieldChange = { field: string; before: Shown; after: Shown }

const texts = (value: unknown) => {
  const text = value as { de: string; en?: string | null }
  // A German text given without English drops the old English (as the change does).
  return { de: text.de, en: text.en ?? null }
}

/**
 * Change requests as the association reviews them: the product and producer by name, and each
 * field the request would change, before (the product now: while review is required the held
 * fields change only through approval) and after, categories and kinds by name.
 */
export async function changeRequestViews(container: MedusaContainer, requests: StoredRequest[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(requests.map((request) => request.product_id))]
  const details = new Map(
    await Promise.all(productIds.map(async (id) => [id, await producerProductDetail(container, id).catch(() => null)] as const))
  )
  const categoryIds = new Set<string>()
  const typeIds = new Set<string>()
  for (const request of requests) {
    const detail = details.get(request.product_id)
    for (const id of [request.proposed.category_id, detail?.category_id]) if (typeof id === "string") categoryIds.add(id)
    for (const id of [request.proposed.type_id, detail?.type_id]) if (typeof id === "string") typeIds.add(id)
  }
  const [{ data: producers }, { data: categories }, { data: types }] = await Promise.all([
    query.graph({ entity: "producer", fields: ["id", "name", "handle"], filters: { id: [...new Set(requests.map((r) => r.producer_id))] } }),
    categoryIds.size ? query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: [...categoryIds] } }) : { data: [] },
    typeIds.size ? query.graph({ entity: "product_type", fields: ["id", "value"], filters: { id: [...typeIds] } }) : { data: [] },
  ])
  const categoryName = new Map(categories.map((c: { id: string; name: string }) => [c.id, c.name]))
  const typeName = new Map(types.map((t: { id: string; value: string }) => [t.id, t.value]))
  const shown = (field: string, value: unknown): Shown => {
    if (value === null || value === undefined) return null
    if (field === "title" || field === "description") return texts(value)
    if (field === "category_id") return { id: value, name: categoryName.get(value as string) ?? null }
    if (field === "type_id") return { id: value, name: typeName.get(value as string) ?? null }
    return value
  }
  return requests.map((request) => {
    const detail = details.get(request.product_id) as Record<string, unknown> | null | undefined
    const producer = producers.find((p: { id: string }) => p.id === request.producer_id)
    const changes: FieldChange[] = Object.entries(request.proposed).map(([field, after]) => ({
      field,
      before: shown(field, detail?.[field]),
      after: shown(field, after),
    }))
    return {
      id: request.id,
      status: request.status,
      reason: request.reason,
      created_at: request.created_at,
      decided_at: request.decided_at,
      product: detail ? { id: request.product_id, title: (detail.title as { de: string }).de, handle: detail.handle, status: detail.status } : { id: request.product_id, title: null, handle: null, status: null },
      producer: { id: request.producer_id, name: producer?.name ?? null, handle: producer?.handle ?? null },
      changes,
    }
  })
}
