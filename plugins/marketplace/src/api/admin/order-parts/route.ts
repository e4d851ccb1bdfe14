import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { orderPartViews } from "../../utils/order-part-view"
import type { AdminGetOrderPartsParamsType } from "../../utils/validators"

/** The association's view of order parts — of one order, one producer or in one status — newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetOrderPartsParamsType>, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const [parts, count] = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listAndCountOrderParts(filters, { select: ["id", "producer_id"], order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  const byProducer = new Map<string, typeof parts>()
  for (const part of parts) byProducer.set(part.producer_id, [...(byProducer.get(part.producer_id) ?? []), part])
  const views = (await Promise.all([...byProducer].map(([producerId, own]) => orderPartViews(req.scope, producerId, own.map((part) => part.id))))).flat()
  const byId = new Map(views.map((view) => [view.id, { ...view, producer_id: parts.find((part) => part.id === view.id)!.producer_id }]))
  res.json({ order_parts: parts.map((part) => byId.get(part.id)).filter(Boolean), count, limit, offset })
}
