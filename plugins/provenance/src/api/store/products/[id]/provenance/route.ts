import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProductProvenance } from "../../../../utils/product-provenance"

/**
 * A product's farm-to-craft chain with its figures, claims and meat origin, as shoppers may
 * see it: through checked links only, with verified claims only (see loadProductProvenance).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const provenance = await loadProductProvenance(req.scope, req.params.id, req.locale)
  res.json({ provenance })
}
