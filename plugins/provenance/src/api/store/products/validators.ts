import { z } from "@medusajs/framework/zod"
import { PRODUCER_CRAFTS } from "../../../modules/producer/crafts"
import { CLAIM_TYPES } from "../../../modules/producer/provenance-vocabulary"

const many = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).max(50)]).optional()
const text = z.string().trim().min(1).max(100)

/**
 * Filters genussnetz adds to Medusa's `GET /store/products`: by the producer's craft, town
 * or district, by a valid claim of the product or its producer, and by distance from a point.
 */
export const StoreProductProvenanceFilters = z
  .object({
    producer_craft: many(z.enum(PRODUCER_CRAFTS)),
    producer_town: many(text),
    producer_district: many(text),
    claim: many(z.enum(CLAIM_TYPES)),
    near_lat: z.coerce.number().min(-90).max(90).optional(),
    near_lon: z.coerce.number().min(-180).max(180).optional(),
    radius_km: z.coerce.number().gt(0).max(500).optional(),
  })
  .strict()
  .refine((f) => (f.near_lat === undefined) === (f.near_lon === undefined) && (f.radius_km === undefined || f.near_lat !== undefined), {
    message: "near_lat, near_lon and radius_km go together",
    path: ["radius_km"],
  })
export type StoreProductProvenanceFiltersType = z.infer<typeof StoreProductProvenanceFilters>
export const PROVENANCE_FILTER_KEYS = ["producer_craft", "producer_town", "producer_district", "claim", "near_lat", "near_lon", "radius_km"] as const
