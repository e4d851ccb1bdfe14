import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postAnswer } from "../../../../../board/answers"
import { takeUpOfferWorkflow } from "../../../../../workflows"
import type { ProducerTakeUpOfferType } from "../../../validators"

/**
 * The producer takes up an offer that meets its need (the path's post): the offer's producer
 * becomes its declared supplier, to confirm as usual, and the need is closed.
 */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerTakeUpOfferType>, res: MedusaResponse) => {
  const { result } = await takeUpOfferWorkflow(req.scope).run({ input: { need_id: req.params.id, offer_id: req.validatedBody.offer_id } })
  res.status(201).json({ cooperation_post: postAnswer(result.need, undefined), supply_link: result.supply_link })
}
