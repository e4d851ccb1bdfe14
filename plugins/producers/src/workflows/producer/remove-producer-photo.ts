import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { deletePhotoFilesStep } from "../common/steps/delete-photo-files"
import { loadProducerPhotosStep } from "./steps/load-producer-photos"
import { setProducerPhotosStep } from "./steps/set-producer-photos"

/** A producer takes one of its photos off its profile; the files are deleted last. */
export const removeProducerPhotoWorkflow = createWorkflow("remove-producer-photo", (input: { producer_id: string; photo_id: string }) => {
  const key = transform({ input }, ({ input }) => `producer-photos-${input.producer_id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const before = loadProducerPhotosStep(input)
  const photos = setProducerPhotosStep(
    transform({ input, before }, ({ input, before }) => ({ producer_id: input.producer_id, before, photos: before.filter((photo) => photo.id !== input.photo_id) }))
  )
  releaseLockStep({ key })
  deletePhotoFilesStep(
    transform({ input, before }, ({ input, before }) => (before.find((photo) => photo.id === input.photo_id)?.sizes ?? []).map((size) => size.file_id))
  )
  return new WorkflowResponse(photos)
})
