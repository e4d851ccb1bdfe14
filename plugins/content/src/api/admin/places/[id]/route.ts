import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPlaceAsInput } from "../../../../workflows/places/steps/load-content-place"
import { updateContentPlaceWorkflow } from "../../../../workflows/places/update-content-place"
import type { PlaceChangesType } from "../../../../workflows/places/schemas"

/** One Genussort as the admin's form edits it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ place: await loadPlaceAsInput(req.scope, req.params.id) })
}

/** Changes a Genussort: any of its fields, its status included. */
export const POST = async (req: AuthenticatedMedusaRequest<PlaceChangesType>, res: MedusaResponse) => {
  await updateContentPlaceWorkflow(req.scope).run({ input: { id: req.params.id, changes: req.validatedBody } })
  res.json({ place: await loadPlaceAsInput(req.scope, req.params.id) })
}
