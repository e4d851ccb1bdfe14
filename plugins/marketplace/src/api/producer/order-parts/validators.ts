import { z } from "@medusajs/framework/zod"

/** A page of the producer's order parts, newest first. */
export const ProducerGetOrderPartsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type ProducerGetOrderPartsParamsType = z.infer<typeof ProducerGetOrderPartsParams>

export const ProducerGetOrderPartParams = z.object({}).strict()
