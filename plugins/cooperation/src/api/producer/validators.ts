import { z } from "@medusajs/framework/zod"
import { COOPERATION_POST_SHAPE, withPostRules } from "../../workflows/board/schemas"
import { POST_KINDS } from "../../modules/cooperation/vocabulary"

/** A new post: the producer is the one logged in. The same rules as the workflow's, so a refusal names the field. */
export const ProducerCreateCooperationPost = withPostRules(z.object(COOPERATION_POST_SHAPE).strict())
export type ProducerCreateCooperationPostType = z.infer<typeof ProducerCreateCooperationPost>

/** Close a post, or open it again. */
export const ProducerSetCooperationPostStatus = z.object({ status: z.enum(["open", "closed"]) }).strict()
export type ProducerSetCooperationPostStatusType = z.infer<typeof ProducerSetCooperationPostStatus>

/** Take up an offer for this need. */
export const ProducerTakeUpOffer = z.object({ offer_id: z.string().trim().min(1).max(100) }).strict()
export type ProducerTakeUpOfferType = z.infer<typeof ProducerTakeUpOffer>

export const ProducerGetCooperationPostsParams = z.object({}).strict()

/** The board: others' open posts, of one kind or both, optionally of one material. */
export const ProducerGetCooperationBoardParams = z
  .object({
    kind: z.enum(POST_KINDS).optional(),
    material: z.string().trim().min(1).max(80).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type ProducerGetCooperationBoardParamsType = z.infer<typeof ProducerGetCooperationBoardParams>
