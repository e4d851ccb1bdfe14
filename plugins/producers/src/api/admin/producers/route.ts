import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { nameOrTownContaining } from "../../utils/query-params"
import type { AdminListProducersType } from "./validators"


/**
 * The network's producers for the association, those who left included: name, craft, town,
 * standing, and how many products each has in the shop. By name, a page at a time; `status`
 * and `q` (name or town) narrow the list.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListProducersType>, res: MedusaResponse) => {
  const { status, q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) Object.assign(filters, nameOrTownContaining(q))
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "name", "craft", "town", "status", "created_at", "products.id", "products.status"],
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC", id: "ASC" } },
  })
  const producers = data.map(({ products, ...producer }: any) => ({
    ...producer,
    products: { published: (products ?? []).filter((p: any) => p.status === "published").length, total: (products ?? []).length },
  }))
  res.json({ producers, count: metadata?.count ?? producers.length, limit, offset })
}
