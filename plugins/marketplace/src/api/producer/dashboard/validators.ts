import { z } from "@medusajs/framework/zod"

/** The dashboard takes no parameters. */
export const ProducerGetDashboardParams = z.object({}).strict()
