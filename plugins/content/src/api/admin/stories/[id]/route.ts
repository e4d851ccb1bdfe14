import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadStoryAsInput } from "../../../../workflows/stories/steps/load-content-story"
import { updateContentStoryWorkflow } from "../../../../workflows/stories/update-content-story"
import type { StoryChangesType } from "../../../../workflows/stories/schemas"

/** One story as the admin's form edits it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ story: await loadStoryAsInput(req.scope, req.params.id) })
}

/** Changes a story: its words, producers, products, its status (publishing sets its date). */
export const POST = async (req: AuthenticatedMedusaRequest<StoryChangesType>, res: MedusaResponse) => {
  await updateContentStoryWorkflow(req.scope).run({ input: { id: req.params.id, changes: req.validatedBody } })
  res.json({ story: await loadStoryAsInput(req.scope, req.params.id) })
}
