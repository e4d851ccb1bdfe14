import { z } from "@medusajs/framework/zod"
import { CONTENT_STATUSES, PLACE_KINDS } from "../../../modules/content/vocabulary"
import { PlaceChanges, PlaceInput } from "../../../workflows/places/schemas"

/** The association's list of Genussorte: every status, by name unless asked otherwise. */
export const AdminGetPlacesParams = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    status: z.union([z.enum(CONTENT_STATUSES), z.array(z.enum(CONTENT_STATUSES)).max(CONTENT_STATUSES.length)]).optional(),
    kind: z.union([z.enum(PLACE_KINDS), z.array(z.enum(PLACE_KINDS)).max(PLACE_KINDS.length)]).optional(),
    order: z.enum(["name", "-name", "town", "-town", "updated_at", "-updated_at"]).default("name"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetPlacesParamsType = z.infer<typeof AdminGetPlacesParams>

export const AdminGetPlaceParams = z.object({}).strict()
export const AdminCreatePlace = PlaceInput
export const AdminUpdatePlace = PlaceChanges
