import { z } from "@medusajs/framework/zod"
import { CONTENT_STATUSES, TOUR_MODES } from "../../../modules/content/vocabulary"
import { TourChanges, TourInput } from "../../../workflows/tours/schemas"

/** The association's list of tours: every status, by title unless asked otherwise. */
export const AdminGetToursParams = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    status: z.union([z.enum(CONTENT_STATUSES), z.array(z.enum(CONTENT_STATUSES)).max(CONTENT_STATUSES.length)]).optional(),
    mode: z.union([z.enum(TOUR_MODES), z.array(z.enum(TOUR_MODES)).max(TOUR_MODES.length)]).optional(),
    order: z.enum(["title", "-title", "length_m", "-length_m", "updated_at", "-updated_at"]).default("title"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetToursParamsType = z.infer<typeof AdminGetToursParams>

export const AdminGetTourParams = z.object({}).strict()
export const AdminCreateTour = TourInput
export const AdminUpdateTour = TourChanges
