import { configureStoreSearch, type MedusaStoreRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import type { SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { distanceKm } from "../../../modules/provenance/chain/build-chain"
import { StoreSearchNearQuery } from "./validators"

/** One answer per request: a batched search asks for the filter once per query. */
const nearFilterOfRequest = new WeakMap<MedusaStoreRequest, Promise<SearchTypes.SearchFilters>>()

/**
 * Narrows a product search to producers within a radius of a point, given as
 * `?near_lat=…&near_lon=…&radius_km=…` on the request. Producers are few (hundreds), so
 * their distances are computed exactly here and handed to the engine as a handle filter.
 */
function nearProducersFilter(req: MedusaStoreRequest) {
  let filter = nearFilterOfRequest.get(req)
  if (!filter) {
    filter = computeNearProducersFilter(req)
    nearFilterOfRequest.set(req, filter)
  }
  return filter
}

async function computeNearProducersFilter(req: MedusaStoreRequest): Promise<SearchTypes.SearchFilters> {
  const parsed = StoreSearchNearQuery.safeParse(req.query ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issues}`)
  }
  const { near_lat, near_lon, radius_km } = parsed.data
  if (near_lat === undefined || near_lon === undefined || radius_km === undefined) return {}
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({ entity: "producer", fields: ["handle", "latitude", "longitude"] })
  const here = { latitude: near_lat, longitude: near_lon }
  const handles = producers.filter((p: any) => distanceKm(p, here) <= radius_km).map((p: any) => p.handle as string)
  return { producer_handle: { $in: handles } }
}

export const storeSearchRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/search",
    middlewares: [
      configureStoreSearch({
        allowed_indexes: {
          product: { filters: nearProducersFilter },
          // The search suggestions (storefront features/search): listed producers and the shop's
          // categories. Both indexes hold public fields only (producers' profile as the store
          // routes show it; no producer that left, no inactive or internal category).
          producer: true,
          product_category: true,
        },
      }),
    ],
  },
]
