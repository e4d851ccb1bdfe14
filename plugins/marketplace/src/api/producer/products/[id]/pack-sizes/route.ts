import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { producerProductDetail } from "../../../../../producer-products/listing"
import { addPackSizeWorkflow } from "../../../../../workflows/producer-products/add-pack-size"
import type { ProducerAddPackSizeType } from "../../validators"

/** Adds a pack size (label de/en, net quantity, price, stock) to the product; answers the product. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerAddPackSizeType>, res: MedusaResponse) => {
  const { result } = await addPackSizeWorkflow(req.scope).run({
    input: { producer_id: actingProducer(req), product_id: req.params.id, pack_size: req.validatedBody },
  })
  res.status(201).json({ variant_id: result.id, product: await producerProductDetail(req.scope, req.params.id) })
}
