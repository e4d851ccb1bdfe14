import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerProductDetail } from "../../../../../../producer-products/listing"
import { removePackSizeWorkflow } from "../../../../../../workflows/producer-products/remove-pack-size"

/** Takes a pack size off the product (never the last); answers the product. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removePackSizeWorkflow(req.scope).run({ input: { product_id: req.params.id, variant_id: req.params.variant_id } })
  res.json({ id: req.params.variant_id, object: "pack_size", deleted: true, product: await producerProductDetail(req.scope, req.params.id) })
}
