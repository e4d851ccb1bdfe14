import { z } from "@medusajs/framework/zod"
import { TOUR_MODES } from "../../../modules/content/vocabulary"

const boundedText = z.string().trim().min(1).max(100)

/** The shop's tours: by mode, or those passing a producer or a Genussort (their pages list them). */
export const StoreGetToursParams = z
  .object({
    mode: z.union([z.enum(TOUR_MODES), z.array(z.enum(TOUR_MODES)).max(TOUR_MODES.length)]).optional(),
    producer_id: boundedText.optional(),
    place_id: boundedText.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreGetToursParamsType = z.infer<typeof StoreGetToursParams>

export const StoreGetTourParams = z.object({}).strict()
