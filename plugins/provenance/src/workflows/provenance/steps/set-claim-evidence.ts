import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EvidenceFile } from "../../../evidence/prepare-evidence"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

/**
 * Attaches the evidence file to a claim that still waits for review (a verified or rejected
 * claim's evidence is what the association decided on). Answers the file it replaced, if
 * any; undone by putting that back.
 */
export const setClaimEvidenceStep = createStep(
  "set-claim-evidence",
  async (input: { claim_id: string; evidence: EvidenceFile }, { container }) => {
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const [claim] = await service.listClaims({ id: input.claim_id }, { select: ["id", "status", "evidence_file"] })
    if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No claim with id "${input.claim_id}" was found`)
    if (claim.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The claim is ${claim.status} already: its evidence stays as the association saw it; file a new claim`)
    }
    const previous = (claim.evidence_file ?? null) as EvidenceFile | null
    await service.updateClaims({ id: input.claim_id, evidence_file: input.evidence })
    return new StepResponse({ replaced: previous?.file_id ?? null }, { id: input.claim_id, evidence_file: previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).updateClaims({ id: previous.id, evidence_file: previous.evidence_file })
  }
)
