import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes a removed photo's files. The workflow's last step: a deleted file cannot be brought
 * back, so nothing after it may fail, and it has nothing to undo.
 */
export const deletePhotoFilesStep = createStep("delete-photo-files", async (fileIds: string[], { container }) => {
  if (fileIds.length) await container.resolve(Modules.FILE).deleteFiles(fileIds)
  return new StepResponse(fileIds.length)
})
