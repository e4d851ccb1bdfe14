import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveProducerPhotoWorkflow } from "../../../../workflows/producer/move-producer-photo"
import { removeProducerPhotoWorkflow } from "../../../../workflows/producer/remove-producer-photo"
import { actingProducer } from "../../ownership"
import { publicPhoto } from "../../../../photos/producer-photos"
import type { ProducerMoveProfilePhotoType } from "../validators"

/** Moves one of the business's photos to another place (0: shown first on its page). */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerMoveProfilePhotoType>, res: MedusaResponse) => {
  const { result } = await moveProducerPhotoWorkflow(req.scope).run({
    input: { producer_id: actingProducer(req), photo_id: req.params.id, position: req.validatedBody.position },
  })
  res.json({ photos: result.map(publicPhoto) })
}

/** Takes one of the business's photos off its profile and deletes its files. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await removeProducerPhotoWorkflow(req.scope).run({ input: { producer_id: actingProducer(req), photo_id: req.params.id } })
  res.json({ id: req.params.id, object: "photo", deleted: true, photos: result.map(publicPhoto) })
}
