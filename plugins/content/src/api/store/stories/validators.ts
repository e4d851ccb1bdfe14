import { z } from "@medusajs/framework/zod"

const boundedText = z.string().trim().min(1).max(100)

/** The shop's stories, newest first: all, or those about a producer or a product (their pages list them). */
export const StoreGetStoriesParams = z
  .object({
    producer_id: boundedText.optional(),
    product_id: boundedText.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreGetStoriesParamsType = z.infer<typeof StoreGetStoriesParams>

export const StoreGetStoryParams = z.object({}).strict()
