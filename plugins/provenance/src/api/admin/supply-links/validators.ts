import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { SUPPLY_LINK_STATUSES } from "../../../modules/provenance/provenance-vocabulary"
import { allowedFields, sortOrder } from "@genussnetz/producers/api-utils"
import { allowedAdminSupplyLinkFields, sortableAdminSupplyLinkFields } from "./query-config"

export const AdminGetSupplyLinksParams = createFindParams({ limit: 50, offset: 0 })
  .extend({
    fields: allowedFields(allowedAdminSupplyLinkFields).optional(),
    order: sortOrder(sortableAdminSupplyLinkFields).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    status: z.union([z.enum(SUPPLY_LINK_STATUSES), z.array(z.enum(SUPPLY_LINK_STATUSES))]).optional(),
  })
  .strict()
export type AdminGetSupplyLinksParamsType = z.infer<typeof AdminGetSupplyLinksParams>

/** What the association may do with a link: verify it, reject it, or end it. */
export const AdminUpdateSupplyLinkStatus = z
  .object({
    status: z.enum(["verified", "rejected", "expired"]),
    note: z.string().trim().max(500).nullish(),
  })
  .strict()
export type AdminUpdateSupplyLinkStatusType = z.infer<typeof AdminUpdateSupplyLinkStatus>
