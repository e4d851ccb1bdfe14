import { z } from "@medusajs/framework/zod"

/** The provenance of a product takes no query parameters (the language comes with ?locale). */
export const StoreGetProductProvenanceParams = z.object({}).strict()
