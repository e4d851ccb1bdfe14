import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProductInputsWorkflow } from "../../../workflows/provenance/create-product-inputs"
import type { ProducerCreateProductInputType } from "../validators"

/** The producer names an input of one of its own products. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerCreateProductInputType>, res: MedusaResponse) => {
  const { result } = await createProductInputsWorkflow(req.scope).run({
    input: { product_inputs: [req.validatedBody] },
  })
  res.status(201).json({ product_input: result[0] })
}
