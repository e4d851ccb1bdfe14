/**
 * Body fields every kind of the association's content shares (events, Genussorte, tours,
 * stories): a short text, a handle, an https address, an address in Germany.
 */
import { z } from "@medusajs/framework/zod"

export const text = (max: number) => z.string().trim().min(1).max(max)

export const handle = z
  .string()
  .trim()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "A handle is lower-case letters, digits and single hyphens, such as bauernmarkt-bamberg")

export const httpsUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      return new URL(value).protocol === "https:"
    } catch {
      return false
    }
  }, "Expected a web address starting with https://")

/** Ids of other records named in a body (producers, products, places). */
export const ids = (max: number) => z.array(text(100)).max(max)

/** Coordinates within Germany: a typo that puts a farm shop in the ocean is refused. */
export const latitude = z.number().min(47).max(55.1)
export const longitude = z.number().min(5.8).max(15.1)
export const postalCode = z.string().trim().regex(/^\d{5}$/, "A German postal code has five digits")

/** A record's changes: the fields it is created with, each optional, nothing else (strict). */
export const changesOf = <Shape extends Record<string, z.ZodTypeAny>>(shape: Shape) =>
  z
    .object(Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.optional()])) as { [K in keyof Shape]: z.ZodOptional<Shape[K]> })
    .strict()
