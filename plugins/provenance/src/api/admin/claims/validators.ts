import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CLAIM_STATUSES } from "../../../modules/provenance/provenance-vocabulary"
import { allowedFields, sortOrder } from "@genussnetz/producers/api-utils"
import { allowedAdminClaimFields, sortableAdminClaimFields } from "./query-config"

export const AdminGetClaimsParams = createFindParams({ limit: 50, offset: 0 })
  .extend({
    fields: allowedFields(allowedAdminClaimFields).optional(),
    order: sortOrder(sortableAdminClaimFields).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    status: z.union([z.enum(CLAIM_STATUSES), z.array(z.enum(CLAIM_STATUSES))]).optional(),
  })
  .strict()
export type AdminGetClaimsParamsType = z.infer<typeof AdminGetClaimsParams>

export const AdminReviewClaim = z.object({ status: z.enum(["verified", "rejected"]) }).strict()
export type AdminReviewClaimType = z.infer<typeof AdminReviewClaim>

/** The evidence document is downloaded whole: no parameters. */
export const AdminGetClaimEvidenceParams = z.object({}).strict()
