import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProducerStatusWorkflow } from "../../../../../workflows/producer/set-producer-status"
import type { AdminSetProducerStatusType } from "../../validators"

/**
 * The association sets a producer's standing: `active`, `paused` or `left` (hidden from the shop,
 * its products taken offline: `products_taken_offline` says how many).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProducerStatusType>, res: MedusaResponse) => {
  const { result } = await setProducerStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status },
  })
  res.json({ producer: { id: result.id, handle: result.handle, status: result.status }, products_taken_offline: result.products_taken_offline })
}
