import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SYNONYM_MODULE } from "../../../modules/synonym"
import type SynonymModuleService from "../../../modules/synonym/service"
import type { SynonymGroupInput } from "../types"

export const createSynonymGroupsStepId = "create-synonym-groups"

/** Adds synonym groups; compensation removes them again. */
export const createSynonymGroupsStep = createStep(
  createSynonymGroupsStepId,
  async (groups: SynonymGroupInput[], { container }) => {
    const service: SynonymModuleService = container.resolve(SYNONYM_MODULE)
    const created = await service.createSynonymGroups(groups)
    return new StepResponse(created, created.map((group) => group.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: SynonymModuleService = container.resolve(SYNONYM_MODULE)
    await service.deleteSynonymGroups(ids)
  }
)
