import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { producerProductPage } from "./product-listing"
import type { ProducerGetProductsParamsType } from "./validators"

/** The logged-in producer's products, drafts included, with price, stock and food information. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ProducerGetProductsParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  res.json(await producerProductPage(req.scope, actingProducer(req), { limit, offset }))
}
