import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SYNONYM_MODULE } from "../../../modules/synonym"
import type SynonymModuleService from "../../../modules/synonym/service"
import type { SynonymGroupInput } from "../types"

export const updateSynonymGroupStepId = "update-synonym-group"

/** Changes one group's terms or note; compensation puts the previous ones back. */
export const updateSynonymGroupStep = createStep(
  updateSynonymGroupStepId,
  async ({ id, ...changes }: Partial<SynonymGroupInput> & { id: string }, { container }) => {
    const service: SynonymModuleService = container.resolve(SYNONYM_MODULE)
    const [current] = await service.listSynonymGroups({ id })
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Synonym group with id "${id}" was not found`)
    const updated = await service.updateSynonymGroups({ id, ...changes })
    return new StepResponse(updated, { id, terms: current.terms, note: current.note })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: SynonymModuleService = container.resolve(SYNONYM_MODULE)
    await service.updateSynonymGroups(previous)
  }
)
