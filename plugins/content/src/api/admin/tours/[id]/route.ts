import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadTourAsInput } from "../../../../workflows/tours/steps/load-content-tour"
import { updateContentTourWorkflow } from "../../../../workflows/tours/update-content-tour"
import type { TourChangesType } from "../../../../workflows/tours/schemas"

/** One tour as the admin's form edits it, with its track's figures (the track itself is downloaded from the shop). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tour: await loadTourAsInput(req.scope, req.params.id) })
}

/** Changes a tour: its words, mode, stops, a new GPX track, its status. */
export const POST = async (req: AuthenticatedMedusaRequest<TourChangesType>, res: MedusaResponse) => {
  await updateContentTourWorkflow(req.scope).run({ input: { id: req.params.id, changes: req.validatedBody } })
  res.json({ tour: await loadTourAsInput(req.scope, req.params.id) })
}
