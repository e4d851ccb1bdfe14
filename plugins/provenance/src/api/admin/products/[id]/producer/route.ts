import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductProducerWorkflow } from "../../../../../workflows/producer/set-product-producer"
import type { AdminSetProductProducerType } from "./validators"

/** The association sets or changes which producer makes a product (`producer_id: null` for none). */
export const POST = async (req: MedusaRequest<AdminSetProductProducerType>, res: MedusaResponse) => {
  const { result } = await setProductProducerWorkflow(req.scope).run({
    input: { product_id: req.params.id, producer_id: req.validatedBody.producer_id },
  })
  res.json({ product_producer: result })
}
