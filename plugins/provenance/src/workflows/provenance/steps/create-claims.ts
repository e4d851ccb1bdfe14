import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { existingProducerIds, producersOfProducts } from "@genussnetz/producers/workflows"
import { ClaimInput, parseOrThrow } from "../schemas"

export const createClaimsStepId = "create-claims"

/**
 * Records claims about producers or their products as pending (the association verifies
 * them). A product claim must be about one of that producer's own products.
 */
export const createClaimsStep = createStep(
  createClaimsStepId,
  async (input: Record<string, unknown>[], { container }) => {
    const claims = input.map((claim) => parseOrThrow(ClaimInput, claim, "claim"))
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const producerIds = [...new Set(claims.map((c) => c.producer_id))]
    const known = await existingProducerIds(container, producerIds)
    for (const id of producerIds) {
      if (!known.has(id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${id} was not found`)
      }
    }
    const productIds = claims.flatMap((c) => (c.product_id ? [c.product_id] : []))
    if (productIds.length) {
      const producerOf = await producersOfProducts(container, productIds)
      for (const claim of claims) {
        if (claim.product_id && producerOf.get(claim.product_id) !== claim.producer_id) {
          throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${claim.product_id} of producer ${claim.producer_id} was not found`)
        }
      }
    }
    const created = await service.createClaims(
      claims.map((claim) => ({
        ...claim,
        product_id: claim.product_id ?? null,
        control_body_code: claim.control_body_code ?? null,
        evidence_url: claim.evidence_url ?? null,
        valid_until: claim.valid_until ?? null,
        status: "pending" as const,
        status_changed_at: new Date(),
      }))
    )
    return new StepResponse(created, created.map((claim) => claim.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await service.deleteClaims(createdIds)
  }
)
