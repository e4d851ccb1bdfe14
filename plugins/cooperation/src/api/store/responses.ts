/**
 * The shapes the cooperation plugin's store routes answer with: its HTTP contract. The
 * storefront's types derive from these schemas and the integration tests parse real answers
 * with them.
 */
import { z } from "@medusajs/framework/zod"

/** For each supply link of a product's public chain, the verified regional businesses that could deliver its material instead. */
export const StoreRegionalAlternatives = z.strictObject({
  regional_alternatives: z.array(
    z.strictObject({
      supply_link_id: z.string(),
      material: z.string(),
      alternatives: z.array(z.strictObject({ handle: z.string(), name: z.string(), town: z.string(), distance_km: z.number().nullable() })),
    })
  ),
})
export type StoreRegionalAlternativesType = z.infer<typeof StoreRegionalAlternatives>
