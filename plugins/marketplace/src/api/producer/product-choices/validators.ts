import { z } from "@medusajs/framework/zod"

/** The choices take no parameters. */
export const ProducerGetProductChoicesParams = z.object({}).strict()
