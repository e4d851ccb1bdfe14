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

/** The list of producers: a page, optionally of one standing, optionally matching a name or town. */
export const AdminListProducers = z
  .object({
    status: z.enum(PRODUCER_STATUSES).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminListProducersType = z.infer<typeof AdminListProducers>
