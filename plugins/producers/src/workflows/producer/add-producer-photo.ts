import { generateEntityId } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { uploadPhotoFilesStep, type PhotoSizeUpload } from "../common/steps/upload-photo-files"
import { loadProducerPhotosStep } from "./steps/load-producer-photos"
import { setProducerPhotosStep } from "./steps/set-producer-photos"

/**
 * A producer adds a photo of its business (already re-encoded) after its others. Under the
 * producer's photo lock, so two uploads at once cannot both take the last free place; a failure
 * deletes the files stored.
 */
export const addProducerPhotoWorkflow = createWorkflow(
  "add-producer-photo",
  (input: { producer_id: string; width: number; height: number; sizes: PhotoSizeUpload[] }) => {
    const key = transform({ input }, ({ input }) => `producer-photos-${input.producer_id}`)
    acquireLockStep({ key, timeout: 15, ttl: 60 })
    const before = loadProducerPhotosStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, adding: true })))
    const sizes = uploadPhotoFilesStep(transform({ input }, ({ input }) => ({ name: `producer-photos/${input.producer_id}`, sizes: input.sizes })))
    const photos = setProducerPhotosStep(
      transform({ input, before, sizes }, ({ input, before, sizes }) => ({
        producer_id: input.producer_id,
        before,
        photos: [...before, { id: generateEntityId(undefined, "pdph"), width: input.width, height: input.height, sizes }],
      }))
    )
    releaseLockStep({ key })
    return new WorkflowResponse(photos)
  }
)
