import { z } from "@medusajs/framework/zod"
import { PRODUCER_CRAFTS } from "../../../modules/producer/vocabulary"

const line = (max: number) => z.string().trim().min(2, "Please fill this in").max(max)

/** The public application form: who the business is and how to reach it. */
export const StoreSubmitApplication = z
  .object({
    business_name: line(120),
    craft: z.enum(PRODUCER_CRAFTS),
    town: line(80),
    postal_code: z.string().trim().regex(/^\d{5}$/, "A German postal code has five digits"),
    contact_name: line(120),
    email: z.email().max(200),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()/-]{5,30}$/, "A phone number has digits, spaces and + ( ) / - only")
      .nullish(),
    about: z.string().trim().min(20, "Tell us in a few sentences (20 characters or more) what you make").max(2000),
    locale: z.enum(["de", "en"]).default("de"),
  })
  .strict()
export type StoreSubmitApplicationType = z.infer<typeof StoreSubmitApplication>
