import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadEventAsInput } from "../../../../workflows/events/steps/load-content-event"
import { updateContentEventWorkflow } from "../../../../workflows/events/update-content-event"
import type { EventChangesType } from "../../../../workflows/events/schemas"

/** One event as the admin's form edits it: German and English words, place, producers, timing. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ event: await loadEventAsInput(req.scope, req.params.id) })
}

/** Changes an event: any of its fields, its status included (publish; cancel with a note). */
export const POST = async (req: AuthenticatedMedusaRequest<EventChangesType>, res: MedusaResponse) => {
  await updateContentEventWorkflow(req.scope).run({ input: { id: req.params.id, changes: req.validatedBody } })
  res.json({ event: await loadEventAsInput(req.scope, req.params.id) })
}
