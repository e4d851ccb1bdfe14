import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetClaimsParamsType } from "./validators"

/** Claims for the association, e.g. `?status=pending`: waiting for review. */
export const GET = async (req: MedusaRequest<unknown, AdminGetClaimsParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status } = req.validatedQuery
  const { data: claims, metadata } = await query.graph({
    entity: "claim",
    fields: req.queryConfig.fields,
    filters: status ? { status } : {},
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "ASC" } },
  })
  res.json({ claims, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
