import { z } from "@medusajs/framework/zod"

/** One word or a short phrase, as a shopper would type it. */
const Term = z
  .string()
  .trim()
  .min(2, "A term has at least 2 characters")
  .max(60, "A term has at most 60 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '’.-]*$/u, "A term holds letters, digits, spaces, hyphens and apostrophes only")

const Terms = z
  .array(Term)
  .min(2, "A synonym group needs at least 2 terms")
  .max(20, "A synonym group has at most 20 terms")
  .refine((terms) => new Set(terms.map((t) => t.toLocaleLowerCase("de"))).size === terms.length, "Each term only once")

const Note = z.string().trim().max(500).nullable()

export const AdminCreateSynonymGroup = z.object({ terms: Terms, note: Note.optional() }).strict()
export type AdminCreateSynonymGroupType = z.infer<typeof AdminCreateSynonymGroup>

export const AdminUpdateSynonymGroup = z
  .object({ terms: Terms.optional(), note: Note.optional() })
  .strict()
  .refine((body) => body.terms !== undefined || body.note !== undefined, "Send terms, note or both")
export type AdminUpdateSynonymGroupType = z.infer<typeof AdminUpdateSynonymGroup>

export const AdminListSynonymGroups = z
  .object({
    q: z.string().trim().max(60).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminListSynonymGroupsType = z.infer<typeof AdminListSynonymGroups>
