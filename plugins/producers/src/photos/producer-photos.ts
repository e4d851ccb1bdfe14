/** A producer's own photos: reading them, and what of them any answer shows. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import type { ProducerPhoto } from "../modules/producer/vocabulary"

export async function photosOfProducer(container: MedusaContainer, producerId: string): Promise<ProducerPhoto[]> {
  const [producer] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerId }, { select: ["id", "photos"] })
  return (producer?.photos ?? []) as ProducerPhoto[]
}

/** A photo as answers (the portal's, the shop's) show it: its sizes without the File Module's ids (the backend's business). */
export const publicPhoto = (photo: ProducerPhoto) => ({
  id: photo.id,
  width: photo.width,
  height: photo.height,
  sizes: photo.sizes.map(({ width, height, url }) => ({ width, height, url })),
})
