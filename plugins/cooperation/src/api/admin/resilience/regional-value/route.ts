import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { regionalValue } from "../../../../resilience/regional-value"
import type { AdminGetRegionalValueParamsType } from "../validators"

/**
 * The share of what shoppers paid that stays with producers in the region: for one order
 * (`order_id`), or for every order of a month (`month`, this month by default) — each line's
 * amount times its product's regional share (its chain's figures), over all lines.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetRegionalValueParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetRegionalValueParamsType
  if (params.order_id) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id"], filters: { id: params.order_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order with id ${params.order_id}`)
    res.json({ order_id: params.order_id, regional_value: await regionalValue(req.scope, { orderId: params.order_id }) })
    return
  }
  const month = params.month ?? new Date().toISOString().slice(0, 7)
  const since = new Date(`${month}-01T00:00:00Z`)
  const until = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth() + 1, 1))
  res.json({ month, regional_value: await regionalValue(req.scope, { since, until }) })
}
