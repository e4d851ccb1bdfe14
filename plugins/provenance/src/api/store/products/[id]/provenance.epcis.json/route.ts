import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROVENANCE_MODULE } from "../../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../../modules/provenance/service"
import { toEpcisDocument } from "../../../../utils/epcis"
import { loadProductProvenance } from "../../../../utils/product-provenance"

/** The product's chain as shoppers see it (checked links only), as a GS1 EPCIS 2.0 JSON-LD document. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const provenance = await loadProductProvenance(req.scope, req.params.id, req.locale)
  const service: ProvenanceModuleService = req.scope.resolve(PROVENANCE_MODULE)
  res.setHeader("content-type", "application/ld+json; charset=utf-8")
  res.send(JSON.stringify(toEpcisDocument(provenance, { idBase: service.getIdBase() })))
}
