import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProductProvenance } from "../../../../utils/product-provenance"

/** The chain as the shop shows it, for drafts too: for the admin's product widget. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const provenance = await loadProductProvenance(req.scope, req.params.id, req.locale, { includeUnpublished: true })
  res.json({ provenance })
}
