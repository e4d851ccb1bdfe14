/**
 * What a producer may say about its own product in the portal, enforced by the workflows and
 * reused by the routes' validators: titles and descriptions in German (English optional),
 * category and type, chilled, seasons, status, and variants with net quantity, price and stock.
 */
import { z } from "@medusajs/framework/zod"
import { euros, germanAndEnglish } from "@genussnetz/producers/api-utils"
import { FoodInformationFields } from "../food-information/schemas"

/** Net quantities are grams, millilitres or pieces (German PAngV unit prices are per kg, l or piece). */
export const NET_UNITS = ["g", "ml", "piece"] as const
/** What a producer may do with a product's status: publish it, or take it back as a draft. */
export const PRODUCER_PRODUCT_STATUSES = ["draft", "published"] as const
/** How many variants one product may have (pack sizes). */
export const MAX_VARIANTS = 10

/** The tag that says a product is in season in a month (1–12), as the shop's home page asks for it. */
export const seasonTag = (month: number) => `saison-${String(month).padStart(2, "0")}`

const id = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_]+$/, "must be an id")
/** Euros incl. VAT, at most two decimals. */
const price = euros(0.01, 10_000)
const stock = z.number().int().min(0).max(100_000)

export const NewVariantInput = z.strictObject({
  label: germanAndEnglish(1, 60),
  net_quantity: z.number().positive().max(1_000_000),
  net_unit: z.enum(NET_UNITS),
  price,
  /** How many can be sold from now on. */
  stock,
})
export type NewVariantInputType = z.infer<typeof NewVariantInput>

const months = z
  .array(z.number().int().min(1).max(12))
  .max(12)
  .refine((values) => new Set(values).size === values.length, "Name each month once")

export const NewProducerProduct = z
  .strictObject({
    title: germanAndEnglish(2, 120),
    description: germanAndEnglish(1, 4000),
    category_id: id,
    type_id: id,
    chilled: z.boolean().default(false),
    season_months: months.default([]),
    status: z.enum(PRODUCER_PRODUCT_STATUSES).default("draft"),
    variants: z
      .array(NewVariantInput)
      .min(1)
      .max(MAX_VARIANTS)
      .refine((variants) => new Set(variants.map((v) => v.label.de.toLowerCase())).size === variants.length, "Each variant needs a label of its own"),
    /** Required to publish a food (Reg. (EU) 1169/2011 Art. 14); may follow later for a draft. */
    food_information: FoodInformationFields.optional(),
  })
export type NewProducerProductType = z.infer<typeof NewProducerProduct>

export const VariantChange = z.strictObject({ id, price: price.optional(), stock: stock.optional() })

export const ProducerProductChange = z
  .strictObject({
    title: germanAndEnglish(2, 120).optional(),
    description: germanAndEnglish(1, 4000).optional(),
    category_id: id.optional(),
    type_id: id.optional(),
    chilled: z.boolean().optional(),
    season_months: months.optional(),
    status: z.enum(PRODUCER_PRODUCT_STATUSES).optional(),
    variants: z
      .array(VariantChange)
      .max(MAX_VARIANTS)
      .refine((variants) => new Set(variants.map((v) => v.id)).size === variants.length, "Name each variant once")
      .optional(),
  })
  .refine((change) => Object.keys(change).length > 0, "Say what to change")
export type ProducerProductChangeType = z.infer<typeof ProducerProductChange>
