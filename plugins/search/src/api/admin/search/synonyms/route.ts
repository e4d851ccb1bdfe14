import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SYNONYM_MODULE } from "../../../../modules/synonym"
import type SynonymModuleService from "../../../../modules/synonym/service"
import { createSynonymGroupsWorkflow } from "../../../../workflows/synonym/create-synonym-groups"
import { toAdminSynonymGroup } from "./response"
import type { AdminCreateSynonymGroupType, AdminListSynonymGroupsType } from "./validators"

/** The association's synonym list, oldest first (`q` narrows it to groups holding a term). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { q, limit, offset } = req.validatedQuery as unknown as AdminListSynonymGroupsType
  const service: SynonymModuleService = req.scope.resolve(SYNONYM_MODULE)
  const all = await service.listSynonymGroups({}, { order: { created_at: "ASC", id: "ASC" } })
  const needle = q?.toLocaleLowerCase("de")
  const matching = needle ? all.filter((g) => g.terms.some((t: string) => t.toLocaleLowerCase("de").includes(needle))) : all
  res.json({
    synonym_groups: matching.slice(offset, offset + limit).map(toAdminSynonymGroup),
    count: matching.length,
    offset,
    limit,
  })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSynonymGroupType>, res: MedusaResponse) => {
  const { result } = await createSynonymGroupsWorkflow(req.scope).run({
    input: { groups: [{ terms: req.validatedBody.terms, note: req.validatedBody.note ?? null }] },
  })
  res.status(201).json({ synonym_group: toAdminSynonymGroup(result[0]) })
}
