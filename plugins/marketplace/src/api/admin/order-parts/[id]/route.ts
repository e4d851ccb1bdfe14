import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import { orderPartViews } from "../../../utils/order-part-view"

/** One order part as its producer sees it, for the association. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer_id } = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).retrieveOrderPart(req.params.id, { select: ["producer_id"] })
  const [orderPart] = await orderPartViews(req.scope, producer_id, [req.params.id])
  res.json({ order_part: { ...orderPart, producer_id } })
}
