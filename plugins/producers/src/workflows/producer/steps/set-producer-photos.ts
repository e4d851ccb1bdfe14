import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerPhoto } from "../../../modules/producer/vocabulary"

/** Sets the producer's photos (in their order); undone by setting the earlier ones. */
export const setProducerPhotosStep = createStep(
  "set-producer-photos",
  async (input: { producer_id: string; photos: ProducerPhoto[]; before: ProducerPhoto[] }, { container }) => {
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers({ id: input.producer_id, photos: input.photos })
    return new StepResponse(input.photos, { producer_id: input.producer_id, photos: input.before })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers({ id: previous.producer_id, photos: previous.photos })
  }
)
