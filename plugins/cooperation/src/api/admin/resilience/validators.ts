import { z } from "@medusajs/framework/zod"
import { PRODUCER_CRAFTS } from "@genussnetz/producers/modules/producer"
import { DEFAULT_REACH_KM } from "../../../resilience"

/** How far from a customer a business may be to count as one that could step in, in km. */
const reachKm = z.coerce.number().min(1).max(300).default(DEFAULT_REACH_KM)

/** The network's fragile links, the ones most sold through first (`-products` / `-revenue`, or by material). */
export const SINGLE_POINT_ORDERS = ["revenue", "products", "material"] as const

export const AdminGetSinglePointsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    order: z
      .enum([...SINGLE_POINT_ORDERS, ...SINGLE_POINT_ORDERS.map((key) => `-${key}` as const)], {
        error: () => `order must be one of ${SINGLE_POINT_ORDERS.join(", ")} (prefix - for descending)`,
      })
      .default("-revenue"),
    reach_km: reachKm,
    /** Only the single points of one product's chain. */
    product_id: z.string().trim().min(1).max(100).optional(),
    /** Only those with (`true`) or without (`false`) a business that could step in. */
    has_alternative: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
  })
  .strict()
export type AdminGetSinglePointsParamsType = z.infer<typeof AdminGetSinglePointsParams>

const producerIds = z.array(z.string().trim().min(1).max(100)).min(1).max(500)

/**
 * Who closes: named producers, or every producer of a craft in a district ("all slaughterhouses
 * in Landkreis Kulmbach"); not both.
 */
export const AdminPostWhatIf = z.union([
  z.object({ producer_ids: producerIds, reach_km: reachKm }).strict(),
  z.object({ craft: z.enum(PRODUCER_CRAFTS), district: z.string().trim().min(1).max(200), reach_km: reachKm }).strict(),
], { error: () => "Name the producers that close (producer_ids) or a craft and a district (craft, district), not both" })
export type AdminPostWhatIfType = z.infer<typeof AdminPostWhatIf>

/**
 * Whose regional value share: one order's, or every order placed in a month (Berlin's calendar
 * month would shift a day's orders at its edges; UTC months keep the sums exact and repeatable).
 */
export const AdminGetRegionalValueParams = z
  .object({
    month: z
      .string()
      .regex(/^(20\d{2}|21\d{2})-(0[1-9]|1[0-2])$/, "month is a month such as 2026-12")
      .optional(),
    order_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((params) => !(params.month && params.order_id), { message: "Ask for a month or an order, not both" })
export type AdminGetRegionalValueParamsType = z.infer<typeof AdminGetRegionalValueParams>
