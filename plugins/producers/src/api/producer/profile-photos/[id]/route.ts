import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeProducerPhotoWorkflow } from "../../../../workflows/producer/remove-producer-photo"
import { actingProducer } from "../../ownership"
import { publicPhoto } from "../../../../photos/producer-photos"

/** Takes one of the business's photos off its profile and deletes its files. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await removeProducerPhotoWorkflow(req.scope).run({ input: { producer_id: actingProducer(req), photo_id: req.params.id } })
  res.json({ id: req.params.id, object: "photo", deleted: true, photos: result.map(publicPhoto) })
}
