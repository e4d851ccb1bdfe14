import { z } from "@medusajs/framework/zod"

/** An invitation token as newInvitationToken makes them: 32 random bytes, base64url. */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/

export const StoreAcceptInvitation = z
  .object({
    token: z.string().regex(INVITATION_TOKEN, "This is not an invitation link's token"),
    password: z.string().min(10, "Use at least 10 characters").max(200),
  })
  .strict()
export type StoreAcceptInvitationType = z.infer<typeof StoreAcceptInvitation>

export const StoreGetInvitationParams = z.object({}).strict()
