import { z } from "@medusajs/framework/zod"
import { PLACE_KINDS } from "../../../modules/content/vocabulary"

const boundedText = z.string().trim().min(1).max(100)

/** The shop's Genussorte: by town, kind or the producer that runs them. */
export const StoreGetPlacesParams = z
  .object({
    town: boundedText.optional(),
    kind: z.union([z.enum(PLACE_KINDS), z.array(z.enum(PLACE_KINDS)).max(PLACE_KINDS.length)]).optional(),
    producer_id: boundedText.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreGetPlacesParamsType = z.infer<typeof StoreGetPlacesParams>

export const StoreGetPlaceParams = z.object({}).strict()
