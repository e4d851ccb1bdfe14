import { z } from "@medusajs/framework/zod"
import { pageParams } from "../../utils/validators"

/** A page of the producer's order parts, newest first. */
export const ProducerGetOrderPartsParams = z.object(pageParams).strict()
export type ProducerGetOrderPartsParamsType = z.infer<typeof ProducerGetOrderPartsParams>

export const ProducerGetOrderPartParams = z.object({}).strict()
