import { z } from "@medusajs/framework/zod"
import { CHANGE_REQUEST_STATUSES } from "../../../modules/product-review"
import { pageParams } from "../../utils/validators"

/** A page of change requests in one status (the waiting ones unless asked), oldest first. */
export const AdminListChangeRequests = z.object({ ...pageParams, status: z.enum(CHANGE_REQUEST_STATUSES).default("pending") }).strict()
export type AdminListChangeRequestsType = z.infer<typeof AdminListChangeRequests>

export const AdminApproveChangeRequest = z.object({}).strict()

/** Saying no needs a reason the producer can act on. */
export const AdminRejectChangeRequest = z.object({ reason: z.string().trim().min(3).max(1000) }).strict()
export type AdminRejectChangeRequestType = z.infer<typeof AdminRejectChangeRequest>
