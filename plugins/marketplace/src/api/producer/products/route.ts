import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { createProducerProductWorkflow } from "../../../workflows/producer-products/create-producer-product"
import { producerProductDetail, producerProductPage } from "../../../producer-products/listing"
import type { ProducerCreateProductType, ProducerGetProductsParamsType } from "./validators"

/** The logged-in producer's products, drafts included, with price, stock and food information. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ProducerGetProductsParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  res.json(await producerProductPage(req.scope, actingProducer(req), { limit, offset }))
}

/** Makes a new product of the logged-in producer (a draft unless it says "published"); answers it as the portal edits it. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerCreateProductType>, res: MedusaResponse) => {
  const producerId = actingProducer(req)
  const { result } = await createProducerProductWorkflow(req.scope).run({ input: { producer_id: producerId, product: req.validatedBody } })
  res.status(201).json({ product: await producerProductDetail(req.scope, result.id), change_request_id: result.change_request_id })
}
