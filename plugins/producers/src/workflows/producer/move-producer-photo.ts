import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loadProducerPhotosStep } from "./steps/load-producer-photos"
import { setProducerPhotosStep } from "./steps/set-producer-photos"

/**
 * A producer moves one of its photos to another place on its profile; place 0 is the one the
 * shop's producer page shows first. A place past the end means the last.
 */
export const moveProducerPhotoWorkflow = createWorkflow("move-producer-photo", (input: { producer_id: string; photo_id: string; position: number }) => {
  const key = transform({ input }, ({ input }) => `producer-photos-${input.producer_id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const before = loadProducerPhotosStep(input)
  const photos = setProducerPhotosStep(
    transform({ input, before }, ({ input, before }) => {
      const moved = before.find((photo) => photo.id === input.photo_id)!
      const others = before.filter((photo) => photo.id !== input.photo_id)
      return { producer_id: input.producer_id, before, photos: [...others.slice(0, input.position), moved, ...others.slice(input.position)] }
    })
  )
  releaseLockStep({ key })
  return new WorkflowResponse(photos)
})
