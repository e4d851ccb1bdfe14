import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@genussnetz/provenance/modules/provenance"

/** The materials the network's supply links name: what an offer or a need can be about. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ materials: await req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).listNetworkMaterials() })
}
