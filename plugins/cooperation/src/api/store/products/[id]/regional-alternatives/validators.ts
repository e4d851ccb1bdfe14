import { z } from "@medusajs/framework/zod"

/** Nothing to ask: the answer is the product's. */
export const StoreGetRegionalAlternativesParams = z.object({}).strict()
