import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerProductPhotos } from "../../../../../../producer-products/listing"
import { moveProductPhotoWorkflow } from "../../../../../../workflows/product-photos/move-product-photo"
import { removeProductPhotoWorkflow } from "../../../../../../workflows/product-photos/remove-product-photo"
import type { ProducerMovePhotoType } from "../../../validators"

/** Moves the photo to a place in the order; place 0 makes it the main photo. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerMovePhotoType>, res: MedusaResponse) => {
  await moveProductPhotoWorkflow(req.scope).run({
    input: { product_id: req.params.id, photo_id: req.params.photo_id, position: req.validatedBody.position },
  })
  res.json({ photos: await producerProductPhotos(req.scope, req.params.id) })
}

/** Takes the photo off the product and deletes its files. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeProductPhotoWorkflow(req.scope).run({ input: { product_id: req.params.id, photo_id: req.params.photo_id } })
  res.json({ id: req.params.photo_id, object: "photo", deleted: true, photos: await producerProductPhotos(req.scope, req.params.id) })
}
