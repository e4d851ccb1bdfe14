import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSynonymGroupWorkflow } from "../../../../../workflows/synonym/delete-synonym-group"
import { updateSynonymGroupWorkflow } from "../../../../../workflows/synonym/update-synonym-group"
import { toAdminSynonymGroup } from "../response"
import type { AdminUpdateSynonymGroupType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSynonymGroupType>, res: MedusaResponse) => {
  const { result } = await updateSynonymGroupWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ synonym_group: toAdminSynonymGroup(result) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteSynonymGroupWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "synonym_group", deleted: true })
}
