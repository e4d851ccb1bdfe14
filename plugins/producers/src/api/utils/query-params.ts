import { z } from "@medusajs/framework/zod"

/**
 * `order` as Medusa's list routes read it (`name` ascending, `-name` descending), limited to
 * the fields a list can be sorted by: an unknown field is a 400 naming the choices, not a
 * database error.
 */
export const sortOrder = (sortable: readonly [string, ...string[]]) =>
  z.enum([...sortable, ...sortable.map((field) => `-${field}`)] as [string, ...string[]], {
    error: () => `order must be one of ${sortable.join(", ")} (prefix - for descending)`,
  })

/** The name a `fields` entry asks for, as Medusa's field parser reads it (`+x`, `-x`, `*x`, `x.*`). */
const requestedField = (entry: string) =>
  entry
    .trim()
    .replace(/^[+-]+/, "")
    .replace(/^\*/, "")
    .replace(/\.\*$/, "")

/**
 * `fields` limited to an allow-list. Medusa's own filter (`allowed` in the query config) drops
 * other fields silently; this says which were refused, so a client learns that a field is not
 * public instead of getting less than it asked for.
 */
export const allowedFields = (allowed: readonly string[]) =>
  z
    .string()
    .max(2000)
    .superRefine((value, ctx) => {
      const entries = value.split(",").filter((entry) => entry.trim())
      // An entry naming nothing (`*`, `+`) is refused too: Medusa would read it as a relation named "".
      const refused = [...new Set(entries.filter((entry) => !allowed.includes(requestedField(entry))).map((entry) => entry.trim()))]
      if (refused.length) {
        ctx.addIssue({
          code: "custom",
          message: `fields: ${refused.slice(0, 5).join(", ")} cannot be requested here; allowed are ${allowed.join(", ")}`,
        })
      }
    })

/** Escapes the LIKE wildcards in user input, so "100%" searches for a percent sign. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Producers whose name or town contains `q` (any case), as a query filter. */
export const nameOrTownContaining = (q: string) => {
  const pattern = `%${escapeLike(q)}%`
  return { $or: [{ name: { $ilike: pattern } }, { town: { $ilike: pattern } }] }
}
