import { z } from "@medusajs/framework/zod"

/** A producer's place in the network takes no query parameters (the language comes with ?locale). */
export const StoreGetProducerProvenanceParams = z.object({}).strict()
export type StoreGetProducerProvenanceParamsType = z.infer<typeof StoreGetProducerProvenanceParams>
