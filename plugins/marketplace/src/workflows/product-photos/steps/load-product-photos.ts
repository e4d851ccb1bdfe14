import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inOrder, MAX_PRODUCT_PHOTOS, type ProductImageRecord } from "../../../producer-products/photos"

/**
 * The product's photos in their order, checked for what is about to happen: adding one needs a
 * free place (at most MAX_PRODUCT_PHOTOS), naming one needs it to be this product's (404 for
 * another's, as for every record a producer does not own). Reads only; nothing to undo.
 */
export const loadProductPhotosStep = createStep(
  "load-product-photos",
  async (input: { product_id: string; photo_id?: string; adding?: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({ entity: "product", fields: ["id", "thumbnail", "images.id", "images.url", "images.rank", "images.metadata"], filters: { id: input.product_id } })
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id "${input.product_id}" was found`)
    const images = inOrder((product.images ?? []) as ProductImageRecord[]).map(({ id, url, metadata }) => ({ id, url, metadata: metadata ?? null }))
    if (input.photo_id !== undefined && !images.some((image) => image.id === input.photo_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No photo with id "${input.photo_id}" was found on this product`)
    }
    if (input.adding && images.length >= MAX_PRODUCT_PHOTOS) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A product has at most ${MAX_PRODUCT_PHOTOS} photos: remove one before adding another`)
    }
    return new StepResponse({ images, thumbnail: (product.thumbnail ?? null) as string | null })
  }
)
