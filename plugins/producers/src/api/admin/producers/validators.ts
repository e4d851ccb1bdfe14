import { z } from "@medusajs/framework/zod"
import { PRODUCER_STATUSES } from "../../../modules/producer/vocabulary"

export const AdminCreateProducerLogin = z
  .object({
    email: z.email().max(200),
    password: z.string().min(10, "Use at least 10 characters").max(200),
  })
  .strict()
export type AdminCreateProducerLoginType = z.infer<typeof AdminCreateProducerLogin>

export const AdminSetProducerStatus = z.object({ status: z.enum(PRODUCER_STATUSES) }).strict()
export type AdminSetProducerStatusType = z.infer<typeof AdminSetProducerStatus>
