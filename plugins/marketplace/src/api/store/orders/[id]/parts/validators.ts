import { z } from "@medusajs/framework/zod"

/** The parts of an order come whole: no fields to pick, no pages. */
export const StoreGetOrderPartsParams = z.object({}).strict()
