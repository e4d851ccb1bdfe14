import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { EvidenceFile } from "../../../../../evidence/prepare-evidence"
import { PROVENANCE_MODULE } from "../../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../../modules/provenance/service"

/**
 * The evidence document a producer uploaded for a claim, for the association to check it. Always
 * a download (a PDF is the producer's own file): never rendered by the admin's origin, never
 * sniffed as another type, never cached.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: ProvenanceModuleService = req.scope.resolve(PROVENANCE_MODULE)
  const [claim] = await service.listClaims({ id: req.params.id }, { select: ["id", "evidence_file"] })
  if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No claim with id "${req.params.id}" was found`)
  const evidence = claim.evidence_file as EvidenceFile | null
  if (!evidence) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The claim "${req.params.id}" has no evidence document`)
  const content = await req.scope.resolve(Modules.FILE).getAsBuffer(evidence.file_id)
  const extension = evidence.content_type === "application/pdf" ? "pdf" : "webp"
  res.setHeader("content-type", evidence.content_type)
  res.setHeader("content-disposition", `attachment; filename="nachweis-${claim.id}.${extension}"`)
  res.setHeader("x-content-type-options", "nosniff")
  res.setHeader("content-security-policy", "sandbox; default-src 'none'")
  res.setHeader("cache-control", "private, no-store")
  res.status(200).send(content)
}
