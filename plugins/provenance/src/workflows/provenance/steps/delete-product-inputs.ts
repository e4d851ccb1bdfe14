import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export const deleteProductInputsStepId = "delete-product-inputs"

/** Takes inputs off their products (soft delete, so a failed workflow brings them back). */
export const deleteProductInputsStep = createStep(
  deleteProductInputsStepId,
  async (ids: string[], { container }) => {
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await service.softDeleteProductInputs(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await service.restoreProductInputs(ids)
  }
)
