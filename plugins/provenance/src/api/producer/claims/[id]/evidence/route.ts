import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadedFile } from "@genussnetz/producers/photos"
import { prepareEvidence } from "../../../../../evidence/prepare-evidence"
import { attachClaimEvidenceWorkflow } from "../../../../../workflows/provenance/attach-claim-evidence"

/**
 * Evidence for one of the producer's pending claims (the request's body: a PDF, or a photo or
 * scan of the certificate): kept privately for the association's review, in place of any earlier
 * document. A picture is re-encoded; a PDF is kept once its bytes are a PDF's.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { bytes, type } = uploadedFile(req)
  const prepared = await prepareEvidence(bytes, type)
  const { result } = await attachClaimEvidenceWorkflow(req.scope).run({
    input: { claim_id: req.params.id, content: prepared.content.toString("base64"), content_type: prepared.content_type, bytes: prepared.content.length },
  })
  const { file_id: _private, ...evidence } = result
  res.status(201).json({ evidence })
}
