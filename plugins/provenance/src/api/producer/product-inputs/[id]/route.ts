import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteProductInputsWorkflow } from "../../../../workflows/provenance/delete-product-inputs"

/** The producer takes an input off one of its products (ownership checked before: another's is 404). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteProductInputsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product_input", deleted: true })
}
