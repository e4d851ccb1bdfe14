import { z } from "@medusajs/framework/zod"
import {
  CLAIM_SHAPE,
  MeatOriginBody,
  PRODUCT_INPUT_SHAPE,
  SUPPLY_LINK_SHAPE,
} from "../../workflows/provenance/schemas"

// Bodies leave out what the logged-in producer implies (customer, claimant); the
// workflows check the full rules (cycles, dates, control body codes) again.
const { customer_id: _customer, ...declaredLink } = SUPPLY_LINK_SHAPE
export const ProducerDeclareSupplyLink = z.object(declaredLink).strict()
export type ProducerDeclareSupplyLinkType = z.infer<typeof ProducerDeclareSupplyLink>

/** What a producer may do with a link: the supplier confirms or rejects, either side ends it. */
export const ProducerUpdateSupplyLinkStatus = z
  .object({ status: z.enum(["confirmed", "rejected", "expired"]), note: z.string().trim().max(500).nullish() })
  .strict()
export type ProducerUpdateSupplyLinkStatusType = z.infer<typeof ProducerUpdateSupplyLinkStatus>

export const ProducerCreateProductInput = z.object(PRODUCT_INPUT_SHAPE).strict()
export const ProducerGetProductInputsParams = z.object({}).strict()
export type ProducerCreateProductInputType = z.infer<typeof ProducerCreateProductInput>

const { producer_id: _producer, ...claimFields } = CLAIM_SHAPE
export const ProducerCreateClaim = z.object(claimFields).strict()
export type ProducerCreateClaimType = z.infer<typeof ProducerCreateClaim>

export const ProducerSetMeatOrigin = MeatOriginBody
export const ProducerGetMeatOriginParams = z.object({}).strict()
export type ProducerSetMeatOriginType = z.infer<typeof ProducerSetMeatOrigin>

export const ProducerGetSupplyLinksParams = z.object({}).strict()
export const ProducerGetClaimsParams = z.object({}).strict()
