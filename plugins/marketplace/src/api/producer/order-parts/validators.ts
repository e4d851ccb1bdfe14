import { z } from "@medusajs/framework/zod"
import { ORDER_PART_STATUSES } from "../../../modules/ledger"
import { pageParams } from "../../utils/validators"

/** A page of the producer's order parts, newest first; of one status if asked (the portal's dashboard counts them so). */
export const ProducerGetOrderPartsParams = z.object({ status: z.enum(ORDER_PART_STATUSES).optional(), ...pageParams }).strict()
export type ProducerGetOrderPartsParamsType = z.infer<typeof ProducerGetOrderPartsParams>

export const ProducerGetOrderPartParams = z.object({}).strict()
