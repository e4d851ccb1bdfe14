import { z } from "@medusajs/framework/zod"

/** The business's photos are listed whole: no parameters. */
export const ProducerGetProfilePhotosParams = z.object({}).strict()
