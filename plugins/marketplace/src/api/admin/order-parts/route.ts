import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { orderPartViews } from "../../utils/order-part-view"
import type { AdminGetOrderPartsParamsType } from "../../utils/validators"

/** The association's view of order parts — of one order, one producer or in one status — newest first, each with its producer's name. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetOrderPartsParamsType>, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const [parts, count] = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listAndCountOrderParts(filters, { select: ["id", "producer_id"], order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  const byProducer = new Map<string, typeof parts>()
  for (const part of parts) byProducer.set(part.producer_id, [...(byProducer.get(part.producer_id) ?? []), part])
  const views = (await Promise.all([...byProducer].map(([producerId, own]) => orderPartViews(req.scope, producerId, own.map((part) => part.id))))).flat()
  const { data: producers } = parts.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", filters: { id: [...byProducer.keys()] }, fields: ["id", "name"] })
    : { data: [] as { id: string; name: string }[] }
  const nameOf = new Map(producers.map((producer: { id: string; name: string }) => [producer.id, producer.name]))
  const byId = new Map(
    views.map((view) => {
      const producerId = parts.find((part) => part.id === view.id)!.producer_id
      return [view.id, { ...view, producer_id: producerId, producer_name: nameOf.get(producerId) ?? null }]
    })
  )
  res.json({ order_parts: parts.map((part) => byId.get(part.id)).filter(Boolean), count, limit, offset })
}
