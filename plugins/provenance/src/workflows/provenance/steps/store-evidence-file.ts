import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Stores a claim's evidence document as a private file of the File Module (never under a public
 * url: certificates carry names and addresses). Undone by deleting it again.
 */
export const storeEvidenceFileStep = createStep(
  "store-evidence-file",
  async (input: { claim_id: string; content: string; content_type: string }, { container }) => {
    const extension = input.content_type === "application/pdf" ? "pdf" : "webp"
    // No folder in the name: the local provider finds a private file again by its key starting
    // with "private-", which a folder in front would hide.
    const [file] = await container.resolve(Modules.FILE).createFiles([
      { filename: `claim-evidence-${input.claim_id}.${extension}`, mimeType: input.content_type, content: input.content, access: "private" as const },
    ])
    return new StepResponse({ file_id: file.id }, file.id)
  },
  async (fileId, { container }) => {
    if (fileId) await container.resolve(Modules.FILE).deleteFiles([fileId])
  }
)
