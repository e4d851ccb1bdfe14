import { z } from "@medusajs/framework/zod"
import { pageParams } from "../../utils/validators"

const id = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_]+$/, "must be an id")

/** A new Genusspaket: its texts, its price incl. VAT (12.5 = 12,50 €), who packs it and what goes into it. */
export const AdminCreateBundle = z
  .object({
    title: z.string().trim().min(1).max(200),
    handle: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens"),
    description: z.string().trim().max(5000).optional(),
    price: z
      .number()
      .positive()
      .max(100_000)
      .refine((price) => Math.abs(Math.round(price * 100) - price * 100) < 1e-6, "must be in whole cents"),
    host_producer_id: id,
    components: z
      .array(
        z
          .object({
            variant_id: id,
            quantity: z.number().int().min(1).max(100),
            share: z.number().positive().max(1),
          })
          .strict()
      )
      .min(2)
      .max(12),
  })
  .strict()
export type AdminCreateBundleType = z.infer<typeof AdminCreateBundle>

/** A page of the Genusspakete, newest first. */
export const AdminListBundles = z.object(pageParams).strict()
export type AdminListBundlesType = z.infer<typeof AdminListBundles>
