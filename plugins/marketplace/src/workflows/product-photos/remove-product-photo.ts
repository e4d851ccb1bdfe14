import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { photoSizesOf } from "../../producer-products/photos"
import { productPhotosUpdate } from "./photo-order"
import { deletePhotoFilesStep } from "@genussnetz/producers/workflows"
import { loadProductPhotosStep } from "./steps/load-product-photos"

/**
 * A producer takes a photo off its product; the next one becomes the main photo if it was that.
 * Its files are deleted last, once the product no longer shows them.
 */
export const removeProductPhotoWorkflow = createWorkflow("remove-product-photo", (input: { product_id: string; photo_id: string }) => {
  const key = transform({ input }, ({ input }) => `product-photos-${input.product_id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const current = loadProductPhotosStep(input)
  updateProductsWorkflow.runAsStep({
    input: transform({ input, current }, ({ input, current }) =>
      productPhotosUpdate(input.product_id, current.images.filter((image) => image.id !== input.photo_id))
    ),
  })
  releaseLockStep({ key })
  deletePhotoFilesStep(
    transform({ input, current }, ({ input, current }) =>
      photoSizesOf(current.images.find((image) => image.id === input.photo_id)!).map((size) => size.file_id)
    )
  )
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.photo_id })))
})
