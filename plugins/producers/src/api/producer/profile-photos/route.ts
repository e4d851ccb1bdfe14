import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reencodePhoto, uploadedPhoto } from "../../../photos"
import { addProducerPhotoWorkflow } from "../../../workflows/producer/add-producer-photo"
import { actingProducer } from "../ownership"
import { photosOfProducer, publicPhoto } from "../../../photos/producer-photos"

/** The business's photos, first shown first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ photos: (await photosOfProducer(req.scope, actingProducer(req))).map(publicPhoto) })
}

/**
 * Adds a photo of the business (the request's body: a JPEG, PNG, WebP or AVIF image), re-encoded
 * like a product photo before anything is stored; answers the photos as they are then.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const photo = await reencodePhoto(uploadedPhoto(req))
  const { result } = await addProducerPhotoWorkflow(req.scope).run({
    input: {
      producer_id: actingProducer(req),
      width: photo.width,
      height: photo.height,
      sizes: photo.sizes.map(({ width, height, content }) => ({ width, height, content: content.toString("base64") })),
    },
  })
  res.status(201).json({ photos: result.map(publicPhoto) })
}
