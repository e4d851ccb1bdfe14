import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { orderPartViews } from "../../../utils/order-part-view"

/** One of the producer's order parts (another producer's is "not found": the ownership rule). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [orderPart] = await orderPartViews(req.scope, actingProducer(req), [req.params.id])
  res.json({ order_part: orderPart })
}
