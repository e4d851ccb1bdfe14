import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetSupplyLinksParamsType } from "./validators"

/** Supply links for the association, e.g. `?status=confirmed`: waiting for verification. */
export const GET = async (req: MedusaRequest<unknown, AdminGetSupplyLinksParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status } = req.validatedQuery
  const { data: supply_links, metadata } = await query.graph({
    entity: "supply_link",
    fields: req.queryConfig.fields,
    filters: status ? { status } : {},
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { status_changed_at: "ASC" } },
  })
  res.json({ supply_links, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
