import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export const reviewClaimStepId = "review-claim"

/** The association verifies or rejects a pending claim; compensation restores the old state. */
export const reviewClaimStep = createStep(
  reviewClaimStepId,
  async ({ id, status }: { id: string; status: "verified" | "rejected" }, { container }) => {
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const [claim] = await service.listClaims({ id }, { select: ["id", "status", "status_changed_at"] })
    if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Claim with id "${id}" was not found`)
    if (claim.status === status) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The claim is already ${status}`)
    }
    const updated = await service.updateClaims({ id, status, status_changed_at: new Date() })
    return new StepResponse(updated, { id, status: claim.status, status_changed_at: claim.status_changed_at })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await service.updateClaims(previous)
  }
)
