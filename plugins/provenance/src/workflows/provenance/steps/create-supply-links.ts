import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { SupplyLinkInputType } from "../schemas"

export const createSupplyLinksStepId = "create-supply-links"

/** Writes validated supply links; every link starts `declared`, by its customer. */
export const createSupplyLinksStep = createStep(
  createSupplyLinksStepId,
  async (links: SupplyLinkInputType[], { container }) => {
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const created = await service.createSupplyLinks(
      links.map((link) => ({ ...link, status: "declared" as const, status_changed_at: new Date() }))
    )
    return new StepResponse(created, created.map((link) => link.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await service.deleteSupplyLinks(createdIds)
  }
)
