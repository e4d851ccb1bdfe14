import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PhotoSizeUpload = { width: number; height: number; /** WebP, base64 */ content: string }
/** A stored size of a photo: where the shop loads it from, and the File Module's id to delete it by. */
export type StoredPhotoSize = { width: number; height: number; url: string; file_id: string }

/**
 * Stores a photo's re-encoded sizes with the File Module (public: the shop shows them), named
 * `<name>-<width>w.webp` so a file says whose photo it is (`product-photos/<product id>`,
 * `producer-photos/<producer id>`). Undone by deleting them again.
 */
export const uploadPhotoFilesStep = createStep(
  "upload-photo-files",
  async (input: { name: string; sizes: PhotoSizeUpload[] }, { container }) => {
    const files = container.resolve(Modules.FILE)
    const stored = await files.createFiles(
      input.sizes.map((size) => ({ filename: `${input.name}-${size.width}w.webp`, mimeType: "image/webp", content: size.content, access: "public" as const }))
    )
    const sizes: StoredPhotoSize[] = input.sizes.map((size, i) => ({ width: size.width, height: size.height, url: stored[i].url, file_id: stored[i].id }))
    return new StepResponse(sizes, sizes.map((size) => size.file_id))
  },
  async (fileIds, { container }) => {
    if (fileIds?.length) await container.resolve(Modules.FILE).deleteFiles(fileIds)
  }
)
