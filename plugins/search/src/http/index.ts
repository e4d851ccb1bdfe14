import { z } from "@medusajs/framework/zod"

/** A synonym group as the admin routes answer it. */
export const AdminSynonymGroup = z.object({
  id: z.string(),
  terms: z.array(z.string()),
  note: z.string().nullable(),
  updated_at: z.string(),
})
export type AdminSynonymGroupType = z.infer<typeof AdminSynonymGroup>

export const AdminSynonymGroupList = z.object({
  synonym_groups: z.array(AdminSynonymGroup),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})
export type AdminSynonymGroupListType = z.infer<typeof AdminSynonymGroupList>
