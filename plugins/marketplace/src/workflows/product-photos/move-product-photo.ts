import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { productPhotosUpdate } from "./photo-order"
import { loadProductPhotosStep } from "./steps/load-product-photos"

/**
 * A producer moves a photo to another place in its product's order; place 0 makes it the main
 * photo, the one the shop's cards show. A place past the end means the last.
 */
export const moveProductPhotoWorkflow = createWorkflow("move-product-photo", (input: { product_id: string; photo_id: string; position: number }) => {
  const key = transform({ input }, ({ input }) => `product-photos-${input.product_id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const current = loadProductPhotosStep(input)
  updateProductsWorkflow.runAsStep({
    input: transform({ input, current }, ({ input, current }) => {
      const moved = current.images.find((image) => image.id === input.photo_id)!
      const others = current.images.filter((image) => image.id !== input.photo_id)
      return productPhotosUpdate(input.product_id, [...others.slice(0, input.position), moved, ...others.slice(input.position)])
    }),
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.photo_id })))
})
