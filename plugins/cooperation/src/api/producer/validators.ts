import { z } from "@medusajs/framework/zod"
import { COOPERATION_POST_SHAPE, withPostRules } from "../../workflows/board/schemas"
import { POST_KINDS, SALES_OUTLET_KINDS } from "../../modules/cooperation/vocabulary"

/** A new post: the producer is the one logged in. The same rules as the workflow's, so a refusal names the field. */
export const ProducerCreateCooperationPost = withPostRules(z.object(COOPERATION_POST_SHAPE).strict())
export type ProducerCreateCooperationPostType = z.infer<typeof ProducerCreateCooperationPost>

/** Close a post, or open it again. */
export const ProducerSetCooperationPostStatus = z.object({ status: z.enum(["open", "closed"]) }).strict()
export type ProducerSetCooperationPostStatusType = z.infer<typeof ProducerSetCooperationPostStatus>

/** Take up an offer for this need. */
export const ProducerTakeUpOffer = z.object({ offer_id: z.string().trim().min(1).max(100) }).strict()
export type ProducerTakeUpOfferType = z.infer<typeof ProducerTakeUpOffer>

/** Routes that take no query parameters: any is refused. */
export const ProducerNoQueryParams = z.object({}).strict()

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

/** Another place the producer sells through, with what it brings in a month (euros, VAT included). */
export const ProducerDeclareSalesOutlet = z
  .object({
    name: z.string().trim().min(1).max(120),
    kind: z.enum(SALES_OUTLET_KINDS),
    monthly_revenue: z.number().min(0).max(10_000_000).multipleOf(0.01, { error: () => "monthly_revenue has at most two decimals (cents)" }),
  })
  .strict()
export type ProducerDeclareSalesOutletType = z.infer<typeof ProducerDeclareSalesOutlet>
