import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { productPhotosUpdate } from "./photo-order"
import { loadProductPhotosStep } from "./steps/load-product-photos"
import { uploadPhotoFilesStep, type PhotoSizeUpload } from "@genussnetz/producers/workflows"

/**
 * A producer adds a photo (already re-encoded) to its product, last in the order — or as the main
 * photo when the product has none. Under the product's photo lock, so two uploads at once cannot
 * both take the last free place; a failure deletes the files stored.
 */
export const addProductPhotoWorkflow = createWorkflow(
  "add-product-photo",
  (input: { product_id: string; width: number; height: number; sizes: PhotoSizeUpload[] }) => {
    const key = transform({ input }, ({ input }) => `product-photos-${input.product_id}`)
    acquireLockStep({ key, timeout: 15, ttl: 60 })
    const current = loadProductPhotosStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, adding: true })))
    const sizes = uploadPhotoFilesStep(transform({ input }, ({ input }) => ({ name: `product-photos/${input.product_id}`, sizes: input.sizes })))
    const update = transform({ input, current, sizes }, ({ input, current, sizes }) =>
      productPhotosUpdate(input.product_id, [
        ...current.images,
        { id: "", url: sizes[sizes.length - 1].url, metadata: { photo: { width: input.width, height: input.height, sizes } } },
      ])
    )
    updateProductsWorkflow.runAsStep({ input: update })
    releaseLockStep({ key })
    return new WorkflowResponse(transform({ sizes }, ({ sizes }) => ({ url: sizes[sizes.length - 1].url })))
  }
)
