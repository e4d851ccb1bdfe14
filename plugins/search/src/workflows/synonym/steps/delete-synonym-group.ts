import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SYNONYM_MODULE } from "../../../modules/synonym"
import type SynonymModuleService from "../../../modules/synonym/service"

export const deleteSynonymGroupStepId = "delete-synonym-group"

/** Removes one group (soft delete); compensation restores it. */
export const deleteSynonymGroupStep = createStep(
  deleteSynonymGroupStepId,
  async (id: string, { container }) => {
    const service: SynonymModuleService = container.resolve(SYNONYM_MODULE)
    const [current] = await service.listSynonymGroups({ id })
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Synonym group with id "${id}" was not found`)
    await service.softDeleteSynonymGroups([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SynonymModuleService = container.resolve(SYNONYM_MODULE)
    await service.restoreSynonymGroups([id])
  }
)
