import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProductProvenance } from "../../../../utils/product-provenance"

/**
 * The chain in the shop's shape, for the admin's product widget: drafts too, and everything
 * the shop leaves out until it is checked (declared and rejected links, pending claims), as
 * the association reviews it.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const provenance = await loadProductProvenance(req.scope, req.params.id, req.locale, { includeUnpublished: true, includeUnchecked: true })
  res.json({ provenance })
}
