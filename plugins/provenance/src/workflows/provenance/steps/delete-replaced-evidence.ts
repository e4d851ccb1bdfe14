import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes the evidence file a new one replaced. The workflow's last step: a deleted file cannot
 * be brought back, so nothing after it may fail, and it has nothing to undo.
 */
export const deleteReplacedEvidenceStep = createStep("delete-replaced-evidence", async (fileId: string | null, { container }) => {
  if (fileId) await container.resolve(Modules.FILE).deleteFiles([fileId])
  return new StepResponse(fileId)
})
