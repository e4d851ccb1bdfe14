import { z } from "@medusajs/framework/zod"
import { POST_KINDS, POST_STATUSES } from "../../../modules/cooperation/vocabulary"

/** The board for the association: posts of a kind and status; `unmet=true`: open needs no offer in the region meets — the gaps worth closing. */
export const AdminGetCooperationPostsParams = z
  .object({
    kind: z.enum(POST_KINDS).optional(),
    status: z.enum(POST_STATUSES).optional(),
    unmet: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetCooperationPostsParamsType = z.infer<typeof AdminGetCooperationPostsParams>
