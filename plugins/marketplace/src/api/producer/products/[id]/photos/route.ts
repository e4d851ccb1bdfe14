import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reencodePhoto, uploadedPhoto } from "@genussnetz/producers/photos"
import { producerProductPhotos } from "../../../../../producer-products/listing"
import { addProductPhotoWorkflow } from "../../../../../workflows/product-photos/add-product-photo"

/** The product's photos in their order; the first is the main photo the shop's cards show. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ photos: await producerProductPhotos(req.scope, req.params.id) })
}

/**
 * Adds a photo (the request's body: a JPEG, PNG, WebP or AVIF image) to the product. It is
 * re-encoded before anything is stored; what was sent is never served. Photos go to the shop at
 * once, also while the association reviews changes: they are the producer's own pictures of its
 * goods, and the association can take one down in Medusa Admin.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const photo = await reencodePhoto(uploadedPhoto(req))
  await addProductPhotoWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      width: photo.width,
      height: photo.height,
      sizes: photo.sizes.map(({ width, height, content }) => ({ width, height, content: content.toString("base64") })),
    },
  })
  res.status(201).json({ photos: await producerProductPhotos(req.scope, req.params.id) })
}
