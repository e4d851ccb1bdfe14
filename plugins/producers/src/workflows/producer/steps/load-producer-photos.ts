import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { MAX_PRODUCER_PHOTOS, type ProducerPhoto } from "../../../modules/producer/vocabulary"

/**
 * The producer's photos, checked for what is about to happen: adding one needs a free place (at
 * most MAX_PRODUCER_PHOTOS), naming one needs it to be the producer's (404). Reads only.
 */
export const loadProducerPhotosStep = createStep(
  "load-producer-photos",
  async (input: { producer_id: string; photo_id?: string; adding?: boolean }, { container }) => {
    const [producer] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: input.producer_id }, { select: ["id", "photos"] })
    if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with id "${input.producer_id}" was found`)
    const photos = ((producer.photos ?? []) as ProducerPhoto[]).slice()
    if (input.photo_id !== undefined && !photos.some((photo) => photo.id === input.photo_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No photo with id "${input.photo_id}" was found`)
    }
    if (input.adding && photos.length >= MAX_PRODUCER_PHOTOS) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A business has at most ${MAX_PRODUCER_PHOTOS} photos: remove one before adding another`)
    }
    return new StepResponse(photos)
  }
)
