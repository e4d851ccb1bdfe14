import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { distanceKm } from "../../../modules/producer/chain/build-chain"
import { claimState } from "../../utils/product-provenance"
import { PROVENANCE_FILTER_KEYS, StoreProductProvenanceFilters } from "./validators"

const asList = <T>(value: T | T[] | undefined) => (value === undefined ? undefined : Array.isArray(value) ? value : [value])
/** No product has this id: how "nothing matches" reaches Medusa's own list. */
const NO_PRODUCT = "prod_none"

/**
 * Runs before Medusa's own `GET /store/products`: takes genussnetz's filters off the query,
 * resolves them in the backend to the matching product ids, and hands Medusa an `id` filter,
 * so pagination, prices, translations and counts stay Medusa's.
 */
export async function filterProductsByProvenance(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.query as Record<string, unknown>
  const present = PROVENANCE_FILTER_KEYS.filter((key) => query[key] !== undefined)
  if (!present.length) return next()

  const parsed = StoreProductProvenanceFilters.safeParse(Object.fromEntries(present.map((key) => [key, query[key]])))
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issues}`))
  }
  present.forEach((key) => delete query[key])
  const f = parsed.data

  const graph = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (f.producer_craft) filters.craft = asList(f.producer_craft)
  if (f.producer_town) filters.town = asList(f.producer_town)
  if (f.producer_district) filters.district = asList(f.producer_district)
  const { data: producers } = await graph.graph({
    entity: "producer",
    fields: ["id", "latitude", "longitude", "products.id", ...(f.claim ? ["claims.type", "claims.status", "claims.valid_from", "claims.valid_until", "claims.product_id"] : [])],
    filters,
  })

  const now = new Date()
  const ids = producers
    .filter((p: any) => f.near_lat === undefined || distanceKm(p, { latitude: f.near_lat, longitude: f.near_lon! }) <= (f.radius_km ?? 25))
    .flatMap((p: any) => {
      const products: string[] = (p.products ?? []).map((product: { id: string }) => product.id)
      if (!f.claim) return products
      const wanted = asList(f.claim)!
      const valid = (p.claims ?? []).filter((c: any) => wanted.includes(c.type) && claimState(c, now) === "valid")
      // A claim about the business covers all its products; one about a product, that product.
      if (valid.some((c: any) => !c.product_id)) return products
      return products.filter((id) => valid.some((c: any) => c.product_id === id))
    })

  const requested = asList(query.id as string | string[] | undefined)
  const matching = requested ? ids.filter((id) => requested.includes(id)) : ids
  query.id = matching.length ? matching : [NO_PRODUCT]
  next()
}
