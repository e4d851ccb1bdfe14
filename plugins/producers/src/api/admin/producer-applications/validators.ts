import { z } from "@medusajs/framework/zod"
import { APPLICATION_STATUSES } from "../../../modules/producer/vocabulary"

export const AdminListApplications = z
  .object({
    status: z.enum(APPLICATION_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminListApplicationsType = z.infer<typeof AdminListApplications>

/** Where the approved business is: the association places it on the map (the applicant gave town and postal code). */
export const AdminApproveApplication = z
  .object({
    handle: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A handle is lower-case letters and digits joined by single hyphens")
      .max(80)
      .optional(),
    district: z.string().trim().min(2).max(80),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .strict()
export type AdminApproveApplicationType = z.infer<typeof AdminApproveApplication>

export const AdminRejectApplication = z
  .object({ reason: z.string().trim().min(10, "Tell the applicant why, in a sentence (10 characters or more)").max(2000) })
  .strict()
export type AdminRejectApplicationType = z.infer<typeof AdminRejectApplication>
