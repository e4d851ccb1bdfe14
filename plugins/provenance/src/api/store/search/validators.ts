import { z } from "@medusajs/framework/zod"

/**
 * The query string genussnetz adds to Medusa's `POST /store/search`: products whose producer
 * works within `radius_km` of a point. The body stays Medusa's (filters, facets, paging);
 * distance is resolved here because the search engine has no geo filter.
 */
export const StoreSearchNearQuery = z
  .object({
    near_lat: z.coerce.number().min(-90).max(90).optional(),
    near_lon: z.coerce.number().min(-180).max(180).optional(),
    radius_km: z.coerce.number().gt(0).max(500).optional(),
  })
  .strict()
  .refine((q) => [q.near_lat, q.near_lon, q.radius_km].every((v) => v === undefined) || [q.near_lat, q.near_lon, q.radius_km].every((v) => v !== undefined), {
    message: "near_lat, near_lon and radius_km go together",
    path: ["radius_km"],
  })
export type StoreSearchNearQueryType = z.infer<typeof StoreSearchNearQuery>
