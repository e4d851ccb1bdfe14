import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PhotoSizeRecord } from "../../../producer-products/photos"

export type PhotoSizeUpload = { width: number; height: number; /** WebP, base64 */ content: string }

/**
 * Stores a photo's re-encoded sizes with the File Module (public: the shop shows them), under a
 * name that says whose product they belong to. Undone by deleting them again.
 */
export const uploadPhotoFilesStep = createStep(
  "upload-photo-files",
  async (input: { product_id: string; sizes: PhotoSizeUpload[] }, { container }) => {
    const files = container.resolve(Modules.FILE)
    const stored = await files.createFiles(
      input.sizes.map((size) => ({
        filename: `product-photos/${input.product_id}-${size.width}w.webp`,
        mimeType: "image/webp",
        content: size.content,
        access: "public" as const,
      }))
    )
    const sizes: PhotoSizeRecord[] = input.sizes.map((size, i) => ({ width: size.width, height: size.height, url: stored[i].url, file_id: stored[i].id }))
    return new StepResponse(sizes, sizes.map((size) => size.file_id))
  },
  async (fileIds, { container }) => {
    if (fileIds?.length) await container.resolve(Modules.FILE).deleteFiles(fileIds)
  }
)
