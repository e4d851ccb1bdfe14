import { z } from "@medusajs/framework/zod"

export const AdminGetProductReviewSetting = z.object({}).strict()

/** Whether producers' changes to what shoppers see wait for the association's review. */
export const AdminSetProductReviewSetting = z.object({ required: z.boolean() }).strict()
export type AdminSetProductReviewSettingType = z.infer<typeof AdminSetProductReviewSetting>
