import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { orderPartViews } from "../../utils/order-part-view"
import type { ProducerGetOrderPartsParamsType } from "./validators"

/** The logged-in producer's parts of shoppers' orders (of one status, if asked), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ProducerGetOrderPartsParamsType>, res: MedusaResponse) => {
  const producerId = actingProducer(req)
  const { limit, offset, status } = req.validatedQuery
  const [parts, count] = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listAndCountOrderParts({ producer_id: producerId, ...(status ? { status } : {}) }, { select: ["id"], order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  const views = await orderPartViews(req.scope, producerId, parts.map((part) => part.id))
  const byId = new Map(views.map((view) => [view.id, view]))
  res.json({ order_parts: parts.map((part) => byId.get(part.id)).filter(Boolean), count, limit, offset })
}
