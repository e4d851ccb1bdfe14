import { z } from "@medusajs/framework/zod"
import { MAX_PRODUCER_PHOTOS } from "../../../modules/producer/vocabulary"

/** The business's photos are listed whole: no parameters. */
export const ProducerGetProfilePhotosParams = z.object({}).strict()

/** Where a photo goes on the business's page: 0 is the first. */
export const ProducerMoveProfilePhoto = z
  .object({ position: z.number().int().min(0).max(MAX_PRODUCER_PHOTOS - 1, `A business has at most ${MAX_PRODUCER_PHOTOS} photos: the last place is ${MAX_PRODUCER_PHOTOS - 1}`) })
  .strict()
export type ProducerMoveProfilePhotoType = z.infer<typeof ProducerMoveProfilePhoto>
