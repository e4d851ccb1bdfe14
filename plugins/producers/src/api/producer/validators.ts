import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../modules/producer/vocabulary"

export const ProducerInviteMember = z
  .object({
    email: z.email().max(200),
    role: z.enum(MEMBER_ROLES),
    /** The language of the invitation mail and the page its link opens. */
    locale: z.enum(["de", "en"]).default("de"),
  })
  .strict()
export type ProducerInviteMemberType = z.infer<typeof ProducerInviteMember>

/** Who is logged in, and the team: nothing to ask for. */
export const ProducerGetTeamParams = z.object({}).strict()
