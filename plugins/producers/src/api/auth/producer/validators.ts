import { z } from "@medusajs/framework/zod"

/** A new password, set with a reset link's token (`POST /auth/producer/emailpass/update`). */
export const ProducerPasswordUpdate = z.object({ password: z.string().min(10, "Use at least 10 characters").max(200) }).strict()
