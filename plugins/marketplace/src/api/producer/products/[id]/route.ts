import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { updateProducerProductWorkflow } from "../../../../workflows/producer-products/update-producer-product"
import { producerProductDetail } from "../../../../producer-products/listing"
import type { ProducerUpdateProductType } from "../validators"

/** One of the producer's products as the portal edits it: every text in German and English. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ product: await producerProductDetail(req.scope, req.params.id) })
}

/**
 * Changes the product's texts, category, type, chilled, seasons, status, and its variants' prices
 * and stock; what waits for the association's review is named by `change_request_id`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerUpdateProductType>, res: MedusaResponse) => {
  const { result } = await updateProducerProductWorkflow(req.scope).run({
    input: { producer_id: actingProducer(req), product_id: req.params.id, change: req.validatedBody },
  })
  // Set when this change (or part of it) waits for the association's review.
  res.json({ product: await producerProductDetail(req.scope, req.params.id), change_request_id: result.change_request_id })
}
