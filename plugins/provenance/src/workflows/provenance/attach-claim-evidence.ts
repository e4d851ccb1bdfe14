import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { EvidenceFile } from "../../evidence/prepare-evidence"
import { deleteReplacedEvidenceStep } from "./steps/delete-replaced-evidence"
import { setClaimEvidenceStep } from "./steps/set-claim-evidence"
import { storeEvidenceFileStep } from "./steps/store-evidence-file"

/**
 * A producer's evidence document for one of its pending claims (already checked and, for a
 * picture, re-encoded): stored privately, attached to the claim in place of any earlier one,
 * whose file is then deleted.
 */
export const attachClaimEvidenceWorkflow = createWorkflow(
  "attach-claim-evidence",
  (input: { claim_id: string; content: string; content_type: EvidenceFile["content_type"]; bytes: number }) => {
    const stored = storeEvidenceFileStep(input)
    const evidence = transform({ input, stored }, ({ input, stored }) => ({
      file_id: stored.file_id,
      content_type: input.content_type,
      bytes: input.bytes,
      uploaded_at: new Date().toISOString(),
    }))
    const attached = setClaimEvidenceStep(transform({ input, evidence }, ({ input, evidence }) => ({ claim_id: input.claim_id, evidence })))
    deleteReplacedEvidenceStep(transform({ attached }, ({ attached }) => attached.replaced))
    return new WorkflowResponse(evidence)
  }
)
